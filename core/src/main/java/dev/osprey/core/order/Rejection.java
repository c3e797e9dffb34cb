package dev.osprey.core.order;

/** A refusal: the reason plus the specifics (e.g. "0.000001 < min 0.00001"). */
public record Rejection(RejectReason reason, String detail) {

    public static Rejection of(RejectReason reason) {
        return new Rejection(reason, "");
    }

    /** The text a trader reads in the ticket and the blotter. */
    public String text() {
        return detail.isEmpty() ? reason.message() : reason.message() + " (" + detail + ")";
    }
}
