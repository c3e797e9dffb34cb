package dev.osprey.paper;

/**
 * How long the paper venue's messages take, in milliseconds of venue time (the market clock, i.e. the time of the
 * last market event), never wall time, so a replay gives the same fills however fast it runs.
 * <ul>
 *   <li>{@code submitMs}: from sending an order until it is live at the venue (book and trades before that do not
 *       reach it);</li>
 *   <li>{@code cancelMs}: from sending a cancel until it takes effect; the order can still fill meanwhile;</li>
 *   <li>{@code reportMs}: from the venue acting until we hear of it. It applies to every report, fills, acks,
 *       cancels and balances alike, so the account stream stays in the order the venue wrote it.</li>
 * </ul>
 * Requests travel one connection: a request never overtakes an earlier one. Venue time only moves with market data,
 * so with the feed stopped a delayed request waits; when the feed reports ENDED everything in flight is delivered.
 */
public record PaperLatency(long submitMs, long cancelMs, long reportMs) {

    /** Instant: every request acts, and is reported, at the market time it was sent. */
    public static final PaperLatency NONE = new PaperLatency(0, 0, 0);

    public PaperLatency {
        requireNotNegative(submitMs, "submitMs");
        requireNotNegative(cancelMs, "cancelMs");
        requireNotNegative(reportMs, "reportMs");
    }

    private static void requireNotNegative(long ms, String name) {
        if (ms < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 ms, was " + ms);
        }
    }
}
