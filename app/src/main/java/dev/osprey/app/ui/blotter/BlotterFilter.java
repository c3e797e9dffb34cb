package dev.osprey.app.ui.blotter;

import dev.osprey.core.order.Order;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which orders the blotter shows: all, working or done; one symbol or all; and a search that must appear in the
 * order's id, symbol, side, type, status or reason (case-insensitive, every word).
 *
 * @param symbol null for every symbol
 */
public record BlotterFilter(Scope scope, String symbol, String search) {
    public static final BlotterFilter ALL = new BlotterFilter(Scope.ALL, null, "");

    public enum Scope {
        ALL,
        WORKING,
        DONE
    }

    public BlotterFilter {
        search = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    }

    public boolean shows(Order o) {
        if (scope == Scope.WORKING && !o.isWorking() || scope == Scope.DONE && o.isWorking()) {
            return false;
        }
        if (symbol != null && !symbol.equals(o.symbol())) {
            return false;
        }
        if (search.isEmpty()) {
            return true;
        }
        String text = String.join(" ", o.clientOrderId(), o.symbol(), o.side().name(), o.type().name(),
                o.status().name(), o.reason() == null ? "" : o.reason()).toLowerCase(Locale.ROOT);
        for (String word : search.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public List<Order> apply(List<Order> orders) {
        if (equals(ALL)) {
            return orders;
        }
        List<Order> out = new ArrayList<>();
        for (Order o : orders) {
            if (shows(o)) {
                out.add(o);
            }
        }
        return out;
    }
}
