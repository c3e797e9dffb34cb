package dev.osprey.core.strategy;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.TradeLedger;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One strategy under the executor: its own books, its working orders, and what the strategy list shows. */
final class RunningStrategy implements StrategyContext {
    final String name;
    final Strategy strategy;
    final TradeLedger ledger;
    private final Map<String, Instrument> instruments;
    /** Working orders of this strategy: client order id to symbol. */
    final Map<String, String> working = new LinkedHashMap<>();
    private final Set<String> cancelRequested = new HashSet<>();
    StrategyStatus.State state = StrategyStatus.State.RUNNING;
    Signal lastSignal;
    int ordersSent;
    String lastError = "";

    RunningStrategy(String name, Strategy strategy, Map<String, Instrument> instruments, BigDecimal capital) {
        this.name = name;
        this.strategy = strategy;
        this.instruments = instruments;
        this.ledger = new TradeLedger(instruments, capital);
    }

    @Override
    public BigDecimal cash() {
        return ledger.cash();
    }

    @Override
    public BigDecimal position(String symbol) {
        return ledger.position(symbol);
    }

    @Override
    public boolean hasWorkingOrders() {
        return !working.isEmpty();
    }

    @Override
    public Instrument instrument(String symbol) {
        Instrument ins = instruments.get(symbol);
        if (ins == null) {
            throw new IllegalArgumentException("no instrument " + symbol);
        }
        return ins;
    }

    void cancelRequested(String clientOrderId) {
        cancelRequested.add(clientOrderId);
    }

    /**
     * An order of ours is finished. Refused, or ended short of its quantity without our asking (a market order
     * the book could not fill), is an error the trader must look at: the strategy did not get what it asked for.
     */
    void finished(Order o) {
        if (working.remove(o.clientOrderId()) == null) {
            return;
        }
        boolean asked = cancelRequested.remove(o.clientOrderId());
        if (o.status() == OrderStatus.REJECTED) {
            failed(o.clientOrderId() + " rejected: " + o.reason());
        } else if (o.status() != OrderStatus.FILLED && !asked) {
            failed(o.clientOrderId() + " " + o.status() + " with " + o.filledQty().toPlainString() + " of "
                    + o.qty().toPlainString() + " filled: " + o.reason());
        }
    }

    void failed(String why) {
        ledger.error();
        lastError = why;
    }

    StrategyStatus status() {
        return new StrategyStatus(name, strategy.description(), state, lastSignal, ordersSent,
                ledger.record().trades().size(), ledger.record().unresolvedErrors(), ledger.positions(),
                ledger.cash(), ledger.equity(), ledger.fees(), ledger.netPnl(), lastError);
    }
}
