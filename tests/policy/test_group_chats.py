"""A chat among three colleagues or more (a team's group) is no one's absence record, whoever
says in it that they are ill: `other`, without the sickness-diagnosis rule ([medical]
group_chat, stop 60). A sick report to the planner, a chat of two, stays the record. The
speakers are read after a time with or without its date ("[03-11 21:47] Tim:", "09-10-2026
06:41 - Bram:", "[3/12/2026, 04:12] Mark:"). Cases written here (synthetic names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.policy.scanned import scan_text

GROUPS = {
    "groepsapp-nachtploeg.txt": (
        "[WhatsApp export] Orderpickers nacht - DC Venray\n"
        "[12-02 21:40] Jeroen (teamleider): wie kan morgen de vroege van Sanne doen?\n"
        "[12-02 21:43] Sanne: sorry, ben ziek. heb sinds vanmiddag koorts en keelontsteking\n"
        "[12-02 21:44] Jeroen (teamleider): beterschap! heb je je al ziek gemeld bij kantoor?\n"
        "[12-02 21:45] Sanne: ja via de app\n"
        "[12-02 21:49] Dewi: ik kan wel, maar pas vanaf 7 uur\n"
        "[12-02 21:50] Jeroen (teamleider): top Dewi, dank je\n"),
    "team-chat-helpdesk.txt": (
        "[4/11/2026, 07:58] Ilse (team lead): morning all, who can pick up the phones at 8?\n"
        "[4/11/2026, 08:01] Ahmed: I can. Where is Bas?\n"
        "[4/11/2026, 08:02] Ilse (team lead): called in sick, his back is playing up again, "
        "hernia probably\n"
        "[4/11/2026, 08:04] Noor: poor guy, I'll take his callbacks\n"
        "[4/11/2026, 08:05] Ahmed: 👍\n"),
    "ploegchat.txt": (
        "WhatsApp-chat Ploeg Monteurs Noord\n"
        "09-10-2026 06:41 - Bram (voorman): morgen 7u verzamelen bij de loods\n"
        "09-10-2026 06:58 - Kevin: ok\n"
        "09-10-2026 19:22 - Joost: sorry Bram, kan morgen niet, griep, heel de middag koorts\n"
        "09-10-2026 19:25 - Bram (voorman): beterschap, meld je wel ziek bij planning\n"
        "09-10-2026 19:26 - Joost: doe ik\n"),
}
TWO = (
    "[12-02 07:02] Sanne: goedemorgen, ik meld me ziek voor vandaag. ik heb koorts en "
    "keelontsteking, de huisarts zegt een week rust.\n"
    "[12-02 07:05] Planning Venray: beterschap Sanne, ik zet je op ziek en zoek vervanging.\n"
    "[12-02 07:06] Sanne: dank je\n")


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_a_groups_chat_is_no_absence_record(tmp_path: Path, name: str) -> None:
    doc_type, _, rules = scan_text(tmp_path / name, GROUPS[name])
    assert doc_type == "other"
    assert "sickness-diagnosis" not in rules


def test_a_sick_report_to_the_planner_stays_the_record(tmp_path: Path) -> None:
    doc_type, _, rules = scan_text(tmp_path / "ziekmelding-app.txt", TWO)
    assert doc_type == "medical"
    assert "sickness-diagnosis" in rules
