package dev.osprey.core.audit;

/**
 * What {@link AuditVerifier} found: an intact chain of {@code recordsChecked} records ending at {@code headHash},
 * or the first broken record, how it was broken, and why the verifier thinks so.
 *
 * @param sequence the audit sequence of the first broken record (for a deletion: the missing one); 0 when intact
 * @param position 1-based position in the walk where the break shows; 0 when intact
 */
public record AuditVerdict(long recordsChecked, Tampering tampering, long sequence, long position, String detail,
                           String headHash) {

    /** The most likely way the first broken record was tampered with. */
    public enum Tampering {
        /** Its content no longer matches its hash, or it was re-hashed and no longer matches what follows. */
        EDITED,
        /** A record is missing: a gap in the sequence, or the next record points at a record that is not there. */
        DELETED,
        /** A record sits at the wrong place: it points at a record that is elsewhere in the trail. */
        REORDERED,
        /** A record was slipped in: the record after it points past it, at the one before it. */
        INSERTED
    }

    static AuditVerdict intact(long records, String headHash) {
        return new AuditVerdict(records, null, 0, 0, "", headHash);
    }

    static AuditVerdict broken(long records, Tampering how, long sequence, long position, String detail) {
        return new AuditVerdict(records, how, sequence, position, detail, "");
    }

    public boolean intact() {
        return tampering == null;
    }

    /** One line for a terminal. */
    public String describe() {
        if (intact()) {
            return "audit trail intact: " + recordsChecked + " record(s)"
                    + (recordsChecked == 0 ? "" : ", head #" + recordsChecked + " sha256 " + headHash);
        }
        return "audit trail BROKEN at record #" + sequence + " (position " + position + "): " + tampering + " — "
                + detail;
    }
}
