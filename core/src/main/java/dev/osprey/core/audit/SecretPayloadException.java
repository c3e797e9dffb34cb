package dev.osprey.core.audit;

/** An audit payload carried a field named like a secret; nothing was stored. */
public final class SecretPayloadException extends IllegalArgumentException {
    private final String fieldPath;

    public SecretPayloadException(String fieldPath) {
        super("audit payload refused: field '" + fieldPath + "' looks like a secret; audit records must never carry"
                + " keys, secrets, passwords or tokens (log a label or a fingerprint instead)");
        this.fieldPath = fieldPath;
    }

    public String fieldPath() {
        return fieldPath;
    }
}
