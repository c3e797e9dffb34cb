package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Folds every breaker into one {@link Restriction}: the strictest of each field wins. */
final class Restrictions {
    private Restrictions() {
    }

    static Restriction of(Collection<Breaker> breakers, BreakerConfig cfg, Map<String, BigDecimal> volatility) {
        boolean stop = false;
        boolean closeAll = false;
        Restriction.NewOrders orders = Restriction.NewOrders.ALLOWED;
        Restriction.CancelWorking cancel = Restriction.CancelWorking.NONE;
        Set<String> close = new TreeSet<>();
        Set<String> venues = new TreeSet<>();
        BigDecimal probe = BigDecimal.ONE;
        int left = Restriction.NO_LIMIT;
        List<String> reasons = new ArrayList<>();
        for (Breaker b : breakers) {
            BreakerAction action = b.trigger().action();
            String label = b.scope().isEmpty() ? b.trigger().name() : b.trigger().name() + "@" + b.scope();
            if (b.probing()) {
                probe = probe.min(cfg.probeSizeFactor());
                left = cfg.probeOrders() > 0 ? Math.min(left, b.probesLeft()) : left;
                reasons.add(label + " probing after " + action.text());
            }
            if (b.state() != BreakerState.OPEN || !action.restricts()) {
                continue;
            }
            reasons.add(label + ": " + action.text() + " (" + b.status().reason() + ")");
            switch (action) {
                case REDUCE_ONLY -> orders = max(orders, Restriction.NewOrders.REDUCE_ONLY);
                case HALT_NEW_TRADES -> {
                    orders = max(orders, Restriction.NewOrders.REDUCE_ONLY);
                    cancel = max(cancel, Restriction.CancelWorking.ENTRIES);
                }
                case PAUSE_TRADING -> {
                    orders = Restriction.NewOrders.NONE;
                    cancel = max(cancel, Restriction.CancelWorking.ENTRIES);
                }
                case HALT_VENUE -> venues.add(b.scope());
                case CLOSE_CORRELATED -> close.addAll(b.symbols());
                case CLOSE_ALL_POSITIONS -> {
                    closeAll = true;
                    orders = max(orders, Restriction.NewOrders.REDUCE_ONLY);
                    cancel = Restriction.CancelWorking.ALL;
                }
                case IMMEDIATE_STOP -> {
                    stop = true;
                    orders = Restriction.NewOrders.NONE;
                    cancel = Restriction.CancelWorking.ALL;
                }
                default -> throw new IllegalStateException("no restriction for " + action);
            }
        }
        return new Restriction(stop, orders, cancel, closeAll, close, venues, probe, left, volatility, reasons);
    }

    private static <E extends Enum<E>> E max(E a, E b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
