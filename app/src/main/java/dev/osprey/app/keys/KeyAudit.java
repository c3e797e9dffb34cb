package dev.osprey.app.keys;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import dev.osprey.core.audit.AuditTrail;

import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Where the vault reports that a key was stored or removed: venue and label only, never the key. The desk wires
 * it to its audit trail; {@link #NONE} when there is none.
 */
@FunctionalInterface
public interface KeyAudit {
    KeyAudit NONE = (kind, venue, label, reason) -> { };

    void record(AuditKind kind, String venue, String label, String reason);

    /** Records into an audit trail as actor {@code trader}; the payload is the venue and the label. */
    public static KeyAudit to(AuditTrail trail, LongSupplier clockMs) {
        return (kind, venue, label, reason) -> trail.record(new AuditRecord(clockMs.getAsLong(), kind, "trader",
                reason, Map.of("venue", venue, "label", label)));
    }
}
