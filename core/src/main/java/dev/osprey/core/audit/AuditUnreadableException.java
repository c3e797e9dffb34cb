package dev.osprey.core.audit;

import org.h2.api.ErrorCode;

import java.nio.file.Path;
import java.sql.SQLException;

/** The audit trail of a data directory could not be read at all (as opposed to read and found broken). */
public final class AuditUnreadableException extends RuntimeException {

    AuditUnreadableException(Path dataDir, SQLException cause) {
        super("cannot verify the audit trail in " + dataDir + ": " + reason(cause), cause);
    }

    private static String reason(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 -> "no Osprey database there";
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> "the database is in use; stop Osprey (or verify a copy)";
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                 ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2 -> "the database has no audit trail yet";
            default -> e.getMessage();
        };
    }
}
