-- Osprey storage, version 2: the tamper-evident audit trail.
-- Each record carries the SHA-256 of the one before it (prev_hash) and its own (hash), over the canonical form
-- defined once in dev.osprey.core.audit.AuditHash. The code has no UPDATE or DELETE path for this table, and
-- the triggers below refuse both, so an edit needs someone to drop a trigger first; the verifier still finds it.
CREATE TABLE audit_trail (
    seq       BIGINT            NOT NULL PRIMARY KEY,
    at_ms     BIGINT            NOT NULL,
    kind      CHARACTER VARYING NOT NULL,
    actor     CHARACTER VARYING NOT NULL,
    reason    CHARACTER VARYING NOT NULL,
    payload   CHARACTER VARYING NOT NULL,
    prev_hash BINARY(32)        NOT NULL,
    hash      BINARY(32)        NOT NULL
);
-- No index on hash: SHA-256 keys are random, and an index on them made every batch rewrite pages all over the
-- index (commits of a 4,096-row batch went from milliseconds to 100+ ms). The verifier's lookup by hash runs
-- once, at the first broken record, and can afford a scan.

CREATE TRIGGER audit_trail_refuse_update BEFORE UPDATE ON audit_trail FOR EACH ROW
    CALL 'dev.osprey.core.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_trail_refuse_delete BEFORE DELETE ON audit_trail FOR EACH ROW
    CALL 'dev.osprey.core.audit.AppendOnlyTrigger';

-- TRUNCATE fires no row trigger; H2 refuses to truncate a table that a foreign key refers to. This table
-- never holds a row: it exists for that refusal.
CREATE TABLE audit_trail_truncate_guard (
    seq BIGINT NOT NULL,
    CONSTRAINT audit_trail_truncate_guard_fk FOREIGN KEY (seq) REFERENCES audit_trail (seq)
);
