package dev.osprey.core.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Installed by migration V2 on audit_trail for UPDATE and DELETE: both are refused. Osprey's code has no such path;
 * this stops a hand-typed statement in an SQL console too. Someone who drops the trigger can still edit the file,
 * which is what the hash chain and {@link AuditVerifier} are for.
 */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String what = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("audit_trail is append-only: " + what + " refused", "45000");
    }
}
