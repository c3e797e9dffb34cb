package dev.osprey.core.recovery;

import java.time.Instant;
import java.util.List;

/**
 * What a reconciliation with one venue found: how many orders it checked, and each difference with the action taken.
 * Shown in the window and written to a file in the data directory.
 */
public record ReconciliationReport(String venue, long atMs, int ordersChecked, int venueOpenOrders,
                                   List<Difference> differences) {
    public ReconciliationReport {
        differences = List.copyOf(differences);
    }

    /** One thing that differed: an order (by client id) or an asset, our view, the venue's, and what was done. */
    public record Difference(String subject, String ours, String venue, String action) {
    }

    public boolean clean() {
        return differences.isEmpty();
    }

    public String headline() {
        return "Reconciled with " + venue + ": " + ordersChecked + " order(s) checked, " + venueOpenOrders
                + " open at the venue, " + (clean() ? "no differences" : differences.size() + " difference(s)");
    }

    /** The report as plain text, one difference per line. */
    public String text() {
        StringBuilder b = new StringBuilder(headline()).append(" at ").append(Instant.ofEpochMilli(atMs)).append('\n');
        for (Difference d : differences) {
            b.append(d.subject()).append(": ours ").append(d.ours()).append("; venue ").append(d.venue())
                    .append(" -> ").append(d.action()).append('\n');
        }
        return b.toString();
    }
}
