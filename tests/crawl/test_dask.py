"""--dask runs extraction and detection on a Dask distributed cluster (a LocalCluster here)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from scanner.extract.limits import Limits
from tests.crawl.helpers import NOW, make_share, scan, snapshot


@pytest.mark.slow
def test_scan_on_local_dask_cluster_matches_local_pool(tmp_path: Path) -> None:
    from distributed import LocalCluster

    share = tmp_path / "share"
    make_share(share, n=6)
    local = scan([str(share)], tmp_path / "local.sqlite")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        remote = scan([str(share)], tmp_path / "dask.sqlite", dask=cluster.scheduler_address)
    assert snapshot(tmp_path / "dask.sqlite", remote.scan_id) == \
        snapshot(tmp_path / "local.sqlite", local.scan_id)
    # each file's timeout timer stops with its result: none sleeps on to fire at a closed
    # client (it did, once a file, until the timeout ran out)
    assert not [t for t in threading.enumerate()
                if isinstance(t, threading.Timer) and t.is_alive()]


@pytest.mark.slow
def test_no_secret_travels_and_a_worker_with_another_key_stops_the_scan(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tasks carry neither the HMAC key nor SMB credentials; a worker whose own
    PRIVACYSCAN_KEY differs would write unmatchable fingerprints, so the scan stops first."""
    from click.testing import CliRunner
    from distributed import LocalCluster

    from scanner.cli import cli
    from scanner.distributed import DaskBackend
    from scanner.scan_item import ScanConfig

    share = tmp_path / "share"
    make_share(share, n=2)
    monkeypatch.setenv("PRIVACYSCAN_KEY", "a-worker-key")  # inherited by the worker processes
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        backend = DaskBackend(cluster.scheduler_address, ScanConfig(
            key=b"a-worker-key", policy_path=None, limits=Limits(), now=NOW,
            smb_credentials=(("password", "smb-secret"),)))
        assert backend.cfg.key == b"" and backend.cfg.smb_credentials == ()
        backend.close(cancel=False)

        monkeypatch.setenv("PRIVACYSCAN_KEY", "the-scanners-key")
        result = CliRunner().invoke(cli, ["scan", str(share), "--db", str(tmp_path / "i.sqlite"),
                                          "--dask", cluster.scheduler_address, "--quiet"])
    assert result.exit_code == 2
    assert "1 of 1 Dask workers have PRIVACYSCAN_KEY different" in result.output
    assert "a-worker-key" not in result.output and "the-scanners-key" not in result.output


@pytest.mark.slow
def test_a_file_over_max_worker_memory_is_too_large_on_a_dask_worker(tmp_path: Path) -> None:
    """A Dask worker is bounded as a local one is: once its analyzer is built it may grow by
    max_worker_memory per thread; a file that needs more is `too_large`, and the same
    worker scans the next file (unbounded, it read the whole file)."""
    from distributed import LocalCluster

    share = tmp_path / "share"
    make_share(share, n=2)
    with (share / "a-dump.txt").open("wb") as fh:
        for _ in range(160):
            fh.write(b"regel zonder persoonsgegevens\n" * 35_000)  # 160 MB
    limits = Limits(max_worker_memory=120 * 1024 * 1024)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        done = scan([str(share)], tmp_path / "i.sqlite", dask=cluster.scheduler_address,
                    limits=limits)
    files = {Path(r["path"]).name: r for r in snapshot(tmp_path / "i.sqlite", done.scan_id)
             if r["type"] == "file"}
    assert files["a-dump.txt"]["error"] == "too_large"
    assert files["cv_0.txt"]["status"] == files["cv_1.txt"]["status"] == "scanned"
