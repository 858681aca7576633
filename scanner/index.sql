-- The index's schema (SCHEMA_VERSION in index.py); Index._migrate upgrades older files.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY,
    roots TEXT NOT NULL,          -- JSON list of the PATH arguments
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL          -- running | complete
);
CREATE TABLE IF NOT EXISTS files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    member TEXT NOT NULL DEFAULT '',   -- '' for the file itself
    size INTEGER NOT NULL,
    mtime_us INTEGER NOT NULL,         -- of the top-level file, µs: the change check
    modified TEXT NOT NULL,            -- ISO 8601, the item's own date
    status TEXT NOT NULL,              -- scanned | error | skipped (as last processed)
    error TEXT,
    error_message TEXT,
    doc_type TEXT NOT NULL,
    doc_reason TEXT NOT NULL DEFAULT '',
    ocr INTEGER NOT NULL DEFAULT 0,
    rules TEXT NOT NULL DEFAULT '[]',
    first_scan INTEGER NOT NULL,
    checked_scan INTEGER NOT NULL,     -- scan that last read the bytes
    last_scan INTEGER NOT NULL,        -- scan that last reached the file
    gone INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',   -- why a skipped entry was not read (symlink, fifo, ...)
    hr_record INTEGER NOT NULL DEFAULT 0,  -- a payroll/HR record (bsn-outside-hr spares it)
    UNIQUE (path, member)
);
CREATE TABLE IF NOT EXISTS findings (
    finding_id TEXT NOT NULL,          -- stable across scans (finding_id()), unique:
                                       -- findings_id, which a first scan builds at its end
    path TEXT NOT NULL,
    member TEXT NOT NULL DEFAULT '',
    page INTEGER,
    location TEXT NOT NULL,
    entity TEXT NOT NULL,
    confidence REAL NOT NULL,
    masked TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    rule TEXT,
    severity TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    rules TEXT NOT NULL DEFAULT '[]',  -- JSON list: every rule broken, `rule` first
    first_scan INTEGER NOT NULL,
    last_scan INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS findings_id ON findings (finding_id);
CREATE INDEX IF NOT EXISTS findings_fingerprint ON findings (fingerprint);
CREATE INDEX IF NOT EXISTS findings_file ON findings (path, member);
CREATE INDEX IF NOT EXISTS findings_last_scan ON findings (last_scan);
CREATE INDEX IF NOT EXISTS files_last_scan ON files (last_scan);
CREATE TABLE IF NOT EXISTS triage (
    finding_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,              -- open | false_positive | resolved | accepted_risk
    comment TEXT NOT NULL DEFAULT '',
    updated TEXT NOT NULL
);
