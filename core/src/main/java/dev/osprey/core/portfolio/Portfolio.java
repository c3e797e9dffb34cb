package dev.osprey.core.portfolio;

import dev.osprey.core.order.Fill;
import dev.osprey.core.venue.Balance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Positions built from our fills, and balances as the venue reports them. Owned by the engine thread. */
public final class Portfolio {
    private final Map<String, Position> positions = new TreeMap<>();
    private final Map<String, Balance> balances = new TreeMap<>();

    /**
     * Books a fill. Its fee must already be in the quote asset ({@link FeeConversion} does that for fees charged
     * in the base asset, as Binance charges a buyer).
     */
    public Position apply(Fill fill) {
        Position next = positions.getOrDefault(fill.symbol(), Position.flat(fill.symbol())).apply(fill);
        positions.put(fill.symbol(), next);
        return next;
    }

    /** Puts back a position as a journal snapshot holds it (after a restart). */
    public void restore(Position position) {
        positions.put(position.symbol(), position);
    }

    /** The venue is the authority on balances: its numbers replace ours. */
    public void updateBalances(Collection<Balance> changed) {
        for (Balance b : changed) {
            balances.put(b.asset(), b);
        }
    }

    public Optional<Position> position(String symbol) {
        return Optional.ofNullable(positions.get(symbol));
    }

    public List<Position> positions() {
        return new ArrayList<>(positions.values());
    }

    /** One asset's balance, if the venue reported it. */
    public Optional<Balance> balance(String asset) {
        return Optional.ofNullable(balances.get(asset));
    }

    /** Read-only view of the balances, by asset, for checks that read them once without a copy. */
    public Collection<Balance> balancesView() {
        return java.util.Collections.unmodifiableCollection(balances.values());
    }

    public List<Balance> balances() {
        return new ArrayList<>(balances.values());
    }
}
