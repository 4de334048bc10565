-- Audit store, version 2: compact evaluation records.
-- Never edit this file once released: Flyway checks its checksum on every open.
--
-- Nothing in version 1 changes: every record stored before keeps its row, its payload and its hash, so old
-- records verify, explain and replay as they did. A record written from now on keeps, in payload_json, the
-- results and a digest of its trace, and names by SHA-256 what it ran on: its inputs and its policy version,
-- both stored below, each distinct content once. The chain covers them through those names.

-- Texts stored once per distinct content (key: lowercase hex SHA-256 of the UTF-8 text): the compact
-- canonical inputs of evaluations, rule files and catalogues of policy versions.
CREATE TABLE content (
    hash    TEXT PRIMARY KEY,
    content TEXT NOT NULL
);

-- A policy version: the rule files and the catalogue an evaluation ran on. version = SHA-256 over the
-- sorted (path, content hash) pairs, see org.wellbeing.audit.PolicyVersion. Paths are 'rules/...' for rule
-- files (relative to the rules directory) and 'catalogue.json' for the catalogue.
CREATE TABLE policy (
    version   TEXT PRIMARY KEY,
    stored_at TEXT NOT NULL
);

CREATE TABLE policy_file (
    version      TEXT NOT NULL REFERENCES policy (version),
    path         TEXT NOT NULL,
    content_hash TEXT NOT NULL REFERENCES content (hash),
    PRIMARY KEY (version, path)
);

CREATE TRIGGER content_no_update BEFORE UPDATE ON content
BEGIN
    SELECT RAISE(ABORT, 'stored content is append-only');
END;

CREATE TRIGGER content_no_delete BEFORE DELETE ON content
BEGIN
    SELECT RAISE(ABORT, 'stored content is append-only');
END;

CREATE TRIGGER policy_no_update BEFORE UPDATE ON policy
BEGIN
    SELECT RAISE(ABORT, 'stored policy versions are append-only');
END;

CREATE TRIGGER policy_no_delete BEFORE DELETE ON policy
BEGIN
    SELECT RAISE(ABORT, 'stored policy versions are append-only');
END;

CREATE TRIGGER policy_file_no_update BEFORE UPDATE ON policy_file
BEGIN
    SELECT RAISE(ABORT, 'stored policy versions are append-only');
END;

CREATE TRIGGER policy_file_no_delete BEFORE DELETE ON policy_file
BEGIN
    SELECT RAISE(ABORT, 'stored policy versions are append-only');
END;
