package dev.osprey.core.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One decision, as the engine (or the desk) reports it: what kind, who made it, why, and the facts (any value
 * that serializes to JSON: a record, a map). Secrets never belong in the payload; {@link SecretGuard} refuses a
 * payload with a field named like one.
 */
public record AuditRecord(long timeMs, AuditKind kind, String actor, String reason, Object payload) {
    public AuditRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
        payload = payload == null ? Map.of() : payload;
    }
}
