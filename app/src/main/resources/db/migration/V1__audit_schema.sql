-- Audit store, version 1: hash-chained evaluations and content-addressed rule sets.
-- Never edit this file once released: Flyway checks its checksum on every open.
-- Change the schema with a new V2__...sql instead.

-- One row per stored evaluation. seq is assigned by the store (1, 2, 3, ... with no gaps);
-- hash = SHA-256 over the canonical encoding of
-- (seq, id, created_at, rule_set_version, input_digest, payload_json, prev_hash),
-- prev_hash of seq 1 is 64 zeros. See org.wellbeing.audit.ChainHash.
CREATE TABLE evaluation (
    seq              INTEGER PRIMARY KEY CHECK (seq >= 1),
    id               TEXT    NOT NULL UNIQUE,
    created_at       TEXT    NOT NULL,  -- ISO-8601 instant, as java.time.Instant.toString()
    rule_set_version TEXT    NOT NULL,  -- lowercase hex
    input_digest     TEXT    NOT NULL,  -- lowercase hex SHA-256 of the inputs
    payload_json     TEXT    NOT NULL,  -- results and trace, exactly as given
    prev_hash        TEXT    NOT NULL,  -- lowercase hex SHA-256
    hash             TEXT    NOT NULL   -- lowercase hex SHA-256
);

CREATE INDEX evaluation_created_at ON evaluation (created_at);

-- Append-only by default. This stops mistakes, not a determined editor (who can drop the
-- triggers): tampering is caught by the hash chain in `audit verify`.
CREATE TRIGGER evaluation_no_update BEFORE UPDATE ON evaluation
BEGIN
    SELECT RAISE(ABORT, 'audit evaluations are append-only');
END;

CREATE TRIGGER evaluation_no_delete BEFORE DELETE ON evaluation
BEGIN
    SELECT RAISE(ABORT, 'audit evaluations are append-only');
END;

-- Rule file contents, stored once per distinct content (key: lowercase hex SHA-256 of the UTF-8 text).
CREATE TABLE rule_file_content (
    content_hash TEXT PRIMARY KEY,
    content      TEXT NOT NULL
);

-- One row per rule-set version, and its files by relative path ('/'-separated).
CREATE TABLE rule_set (
    version   TEXT PRIMARY KEY,
    stored_at TEXT NOT NULL
);

CREATE TABLE rule_set_file (
    version      TEXT NOT NULL REFERENCES rule_set (version),
    path         TEXT NOT NULL,
    content_hash TEXT NOT NULL REFERENCES rule_file_content (content_hash),
    PRIMARY KEY (version, path)
);

CREATE TRIGGER rule_file_content_no_update BEFORE UPDATE ON rule_file_content
BEGIN
    SELECT RAISE(ABORT, 'stored rule files are append-only');
END;

CREATE TRIGGER rule_file_content_no_delete BEFORE DELETE ON rule_file_content
BEGIN
    SELECT RAISE(ABORT, 'stored rule files are append-only');
END;

CREATE TRIGGER rule_set_file_no_update BEFORE UPDATE ON rule_set_file
BEGIN
    SELECT RAISE(ABORT, 'stored rule sets are append-only');
END;

CREATE TRIGGER rule_set_file_no_delete BEFORE DELETE ON rule_set_file
BEGIN
    SELECT RAISE(ABORT, 'stored rule sets are append-only');
END;
