package dev.osprey.core.mode;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The books of one trading account or one strategy, built from its fills: cash, long spot holdings, closed round
 * trips (flat to flat) and the equity curve at the marks it is given. Its {@link #record()} is what a
 * {@link ValidationReport} judges. Not thread-safe: its owner serialises calls.
 */
public final class TradeLedger {
    private static final Logger LOG = LoggerFactory.getLogger(TradeLedger.class);

    private final Map<String, Instrument> instruments;
    private final BigDecimal startingCash;
    private final Map<String, RoundTrip> open = new TreeMap<>();
    private final Map<String, BigDecimal> marks = new HashMap<>();
    private final List<ClosedTrade> closed = new ArrayList<>();
    private final List<EquityPoint> equity = new ArrayList<>();
    private BigDecimal cash;
    private BigDecimal fees = BigDecimal.ZERO;
    private int unresolvedErrors;

    /** {@code startingCash} in the quote currency of the instruments traded. */
    public TradeLedger(Map<String, Instrument> instruments, BigDecimal startingCash) {
        this.instruments = Map.copyOf(instruments);
        this.startingCash = startingCash;
        this.cash = startingCash;
    }

    public void onFill(Fill f) {
        Instrument ins = instruments.get(f.symbol());
        if (ins == null) {
            LOG.warn("fill for {} ignored: not an instrument of this ledger", f.symbol());
            return;
        }
        BigDecimal notional = f.notional();
        // A fee in the quote asset comes out of cash, one in the base asset out of the holding; a fee in a third
        // asset (BNB) is not valued here.
        boolean inQuote = ins.quoteAsset().equals(f.feeAsset());
        boolean inBase = ins.baseAsset().equals(f.feeAsset());
        BigDecimal quoteFee = inQuote ? f.fee() : BigDecimal.ZERO;
        BigDecimal feeBase = inBase ? f.fee() : BigDecimal.ZERO;
        BigDecimal feeQuote = feeInQuote(f, ins);
        fees = fees.add(feeQuote);
        if (f.side() == Side.BUY) {
            cash = cash.subtract(notional).subtract(quoteFee);
            open.computeIfAbsent(f.symbol(), RoundTrip::new)
                    .buy(f.qty(), notional, f.qty().subtract(feeBase), feeQuote, f.timeMs());
            return;
        }
        RoundTrip trip = open.get(f.symbol());
        BigDecimal held = trip == null ? BigDecimal.ZERO : trip.held();
        if (f.qty().compareTo(held) > 0) {
            LOG.warn("sell of {} {} exceeds the {} this ledger holds; the rest is not ours", f.qty(), f.symbol(),
                    held);
        }
        if (trip == null || held.signum() == 0) {
            return;
        }
        BigDecimal qty = f.qty().min(held);
        cash = cash.add(f.price().multiply(qty)).subtract(quoteFee);
        trip.sell(qty, f.price().multiply(qty), feeQuote, f.timeMs());
        // Dust below the minimum quantity cannot be sold: the round trip is over.
        if (trip.held().compareTo(ins.minQty()) < 0) {
            closed.add(trip.close());
            open.remove(f.symbol());
            trip.carry().ifPresent(dust -> open.put(f.symbol(), dust));
        }
    }

    /** The fee of {@code f} in the quote asset: a base-asset fee at the fill's price, a third asset's as zero. */
    public static BigDecimal feeInQuote(Fill f, Instrument ins) {
        if (ins.baseAsset().equals(f.feeAsset())) {
            return f.fee().multiply(f.price());
        }
        return ins.quoteAsset().equals(f.feeAsset()) ? f.fee() : BigDecimal.ZERO;
    }

    /** The record starts at {@code timeMs} with its starting equity: a drawdown counts from there. */
    public void open(long timeMs) {
        equity.add(new EquityPoint(timeMs, equity()));
    }

    /** Marks a symbol at {@code price} and appends the equity at {@code timeMs} (replacing a point at that time). */
    public void mark(String symbol, BigDecimal price, long timeMs) {
        marks.put(symbol, price);
        EquityPoint p = new EquityPoint(timeMs, equity());
        if (!equity.isEmpty() && equity.get(equity.size() - 1).timeMs() == timeMs) {
            equity.set(equity.size() - 1, p);
        } else {
            equity.add(p);
        }
    }

    public void error() {
        unresolvedErrors++;
    }

    /** The trader has looked at the errors and dealt with them. */
    public void resolveErrors() {
        unresolvedErrors = 0;
    }

    public BigDecimal cash() {
        return cash;
    }

    public BigDecimal position(String symbol) {
        RoundTrip t = open.get(symbol);
        return t == null ? BigDecimal.ZERO : t.held();
    }

    /** Cash plus holdings at their last marks (at cost until a symbol is first marked). */
    public BigDecimal equity() {
        BigDecimal e = cash;
        for (RoundTrip t : open.values()) {
            BigDecimal mark = marks.get(t.symbol());
            e = e.add(mark == null ? t.cost() : t.held().multiply(mark));
        }
        return e;
    }

    public BigDecimal netPnl() {
        return equity().subtract(startingCash);
    }

    public BigDecimal fees() {
        return fees;
    }

    public Map<String, BigDecimal> positions() {
        Map<String, BigDecimal> out = new TreeMap<>();
        open.forEach((s, t) -> out.put(s, t.held()));
        return out;
    }

    public TradeRecord record() {
        return new TradeRecord(closed, equity, unresolvedErrors);
    }
}
