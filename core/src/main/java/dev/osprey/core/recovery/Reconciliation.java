package dev.osprey.core.recovery;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.RejectReason;
import dev.osprey.core.order.Rejection;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.Balance;
import dev.osprey.core.venue.CancelRejected;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderCanceled;
import dev.osprey.core.venue.OrderExpired;
import dev.osprey.core.venue.OrderFilled;
import dev.osprey.core.venue.OrderRejected;
import dev.osprey.core.venue.StateFetch;
import dev.osprey.core.venue.VenueOrder;
import dev.osprey.core.venue.VenueState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Our view against the venue's: every order we think is at the venue is looked up by its client order id, and the
 * venue's open orders and balances are compared with ours. What differs becomes venue events for the engine (applied
 * through the order state machine, and only if the order has not moved meanwhile) and a line of the report with the
 * action taken. Nothing is sent to the venue and nothing is overwritten silently. Blocks on the venue: never run it
 * on the engine thread.
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /** What reconciliation found and did: the report, and the corrections to post to the engine. */
    public record Outcome(ReconciliationReport report, List<EngineMessage> corrections) {
    }

    /**
     * @param afterRestart whether this is the start-up reconciliation: a cancel or amend we had sent before the
     *                     restart and the venue has not acted on is then taken as lost (the order is working again,
     *                     and a cancel is sent again); on demand, such a cancel may simply still be on its way
     */
    public static Outcome run(String venueName, List<Order> ourOrders, List<Balance> ourBalances, StateFetch venue,
                              long nowMs, boolean afterRestart) {
        List<ReconciliationReport.Difference> diffs = new ArrayList<>();
        List<EngineMessage> corrections = new ArrayList<>();
        VenueState theirs = venue.fetchState();
        Set<String> known = new HashSet<>();
        int checked = 0;
        for (Order o : ourOrders) {
            known.add(o.clientOrderId());
            if (!o.isWorking() || o.isHeldByEngine()) {
                continue;
            }
            checked++;
            Optional<VenueOrder> found;
            try {
                found = venue.queryOrder(o.symbol(), o.clientOrderId());
            } catch (UnsupportedOperationException e) {
                diffs.add(diff(o, "the venue cannot be queried by id", "left as it is: check it at the venue"));
                continue;
            } catch (RuntimeException e) {
                diffs.add(diff(o, "query failed: " + e.getMessage(), "left as it is: reconcile again"));
                continue;
            }
            List<AccountEvent> events = found.isPresent() ? adopt(o, found.get(), nowMs) : missing(o, nowMs);
            boolean lostCancel = afterRestart && found.isPresent() && found.get().order().isWorking()
                    && (o.status() == OrderStatus.PENDING_CANCEL || o.status() == OrderStatus.PENDING_REPLACE);
            if (lostCancel) {
                events = new ArrayList<>(events);
                events.add(new CancelRejected(o.clientOrderId(), Rejection.of(RejectReason.CANCEL_LOST), nowMs));
            }
            if (events.isEmpty()) {
                continue;
            }
            corrections.add(new EngineMessage.Reconciled(venueName, o.clientOrderId(), o.filledQty(), o.status(),
                    events));
            if (lostCancel && o.status() == OrderStatus.PENDING_CANCEL) {
                corrections.add(new Command.CancelOrder(o.symbol(), o.clientOrderId()));
                diffs.add(diff(o, describe(found.get().order()), "the cancel had not arrived: cancel sent again"));
                continue;
            }
            diffs.add(diff(o, found.map(v -> describe(v.order())).orElse("no such order"),
                    found.isPresent() ? "took the venue's state: " + summary(events)
                            : o.status() == OrderStatus.SUBMITTED ? "marked never sent (REJECTED)"
                            : "marked CANCELED: the venue no longer knows it"));
        }
        for (Order v : theirs.openOrders()) {
            if (!known.contains(v.clientOrderId())) {
                diffs.add(new ReconciliationReport.Difference(v.clientOrderId(), "not in our journal", describe(v),
                        "adopted as a working order"));
            }
        }
        compareBalances(ourBalances, theirs.balances(), diffs);
        corrections.add(new EngineMessage.StartupState(venueName, theirs));
        return new Outcome(new ReconciliationReport(venueName, nowMs, checked, theirs.openOrders().size(), diffs),
                corrections);
    }

    /** The venue knows the order: the fills we missed, then its acceptance or its end. */
    private static List<AccountEvent> adopt(Order ours, VenueOrder venue, long nowMs) {
        Order v = venue.order();
        String id = ours.clientOrderId();
        List<AccountEvent> events = new ArrayList<>();
        if (ours.status() == OrderStatus.SUBMITTED && v.venueOrderId() != null && v.status() != OrderStatus.REJECTED) {
            events.add(new OrderAccepted(id, v.venueOrderId(), nowMs));
        }
        events.addAll(missedFills(ours, venue));
        if (v.status() == OrderStatus.REJECTED) {
            events.add(new OrderRejected(id, new Rejection(RejectReason.VENUE_REJECTED, v.reason()), nowMs));
        } else if (v.status() == OrderStatus.CANCELED) {
            events.add(new OrderCanceled(id, "cancelled at the venue (found reconciling): " + v.reason(), nowMs));
        } else if (v.status() == OrderStatus.EXPIRED) {
            events.add(new OrderExpired(id, "expired at the venue (found reconciling): " + v.reason(), nowMs));
        }
        return events;
    }

    /** The venue's last fills that add up to what it filled beyond what we know (fills come in time order). */
    private static List<AccountEvent> missedFills(Order ours, VenueOrder venue) {
        BigDecimal missing = venue.order().filledQty().subtract(ours.filledQty());
        List<AccountEvent> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<Fill> fills = venue.fills();
        for (int i = fills.size() - 1; i >= 0 && sum.compareTo(missing) < 0; i--) {
            sum = sum.add(fills.get(i).qty());
            out.add(0, new OrderFilled(fills.get(i)));
        }
        return sum.compareTo(missing) == 0 ? out : List.of();
    }

    /** The venue has never heard of it: a SUBMITTED one never got there; an acknowledged one is gone. */
    private static List<AccountEvent> missing(Order ours, long nowMs) {
        if (ours.status() == OrderStatus.SUBMITTED) {
            return List.of(new OrderRejected(ours.clientOrderId(), Rejection.of(RejectReason.NEVER_SENT), nowMs));
        }
        return List.of(new OrderCanceled(ours.clientOrderId(), "unknown to the venue when reconciling", nowMs));
    }

    private static void compareBalances(List<Balance> ours, List<Balance> theirs,
                                        List<ReconciliationReport.Difference> diffs) {
        if (ours.isEmpty()) {
            return;  // a new journal has no balances to compare: the venue's are simply taken
        }
        Map<String, Balance> mine = new TreeMap<>();
        ours.forEach(b -> mine.put(b.asset(), b));
        for (Balance v : theirs) {
            Balance m = mine.get(v.asset());
            if (m == null || m.free().compareTo(v.free()) != 0 || m.locked().compareTo(v.locked()) != 0) {
                diffs.add(new ReconciliationReport.Difference(v.asset(), m == null ? "none" : balance(m), balance(v),
                        "took the venue's balance"));
            }
        }
    }

    private static ReconciliationReport.Difference diff(Order o, String venue, String action) {
        return new ReconciliationReport.Difference(o.clientOrderId(), describe(o), venue, action);
    }

    private static String describe(Order o) {
        return o.status() + " " + o.side() + " " + o.symbol() + " filled " + o.filledQty().toPlainString() + "/"
                + o.qty().toPlainString();
    }

    private static String balance(Balance b) {
        return "free " + b.free().toPlainString() + ", locked " + b.locked().toPlainString();
    }

    private static String summary(List<AccountEvent> events) {
        List<String> names = new ArrayList<>();
        for (AccountEvent e : events) {
            names.add(e instanceof OrderFilled f ? "fill " + f.fill().qty().toPlainString() + " @ "
                    + f.fill().price().toPlainString() : e.getClass().getSimpleName().replace("Order", "").toLowerCase());
        }
        return String.join(", ", names);
    }
}
