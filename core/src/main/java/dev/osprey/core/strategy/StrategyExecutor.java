package dev.osprey.core.strategy;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.TradeRecord;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs strategies by name. Each closed candle goes to every running strategy; what they ask for becomes an
 * ordinary {@link Command.PlaceOrder} sent through the {@link OrderSink}, so strategy orders pass the same gate,
 * symbol rules and pre-trade risk as the ticket's. The executor never calls a venue. It learns the outcome from
 * the engine's order and fill listeners ({@link #onOrder}, {@link #onFill}) and keeps each strategy's own books.
 * Thread-safe: candles may come from a feed thread while the engine thread reports fills.
 */
public final class StrategyExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(StrategyExecutor.class);

    private final Map<String, Instrument> instruments;
    private final OrderSink sink;
    private final String idPrefix;
    private final Map<String, RunningStrategy> byName = new LinkedHashMap<>();
    private final Map<String, RunningStrategy> byOrderId = new HashMap<>();
    /** Open time of the last candle taken per symbol: an older or repeated one is dropped. */
    private final Map<String, Long> lastOpenMs = new HashMap<>();
    private long sequence;

    /** {@code sessionStartMs} makes the client order ids ("stg-" + base 36 + "-" + n) unique across sessions. */
    public StrategyExecutor(Map<String, Instrument> instruments, OrderSink sink, long sessionStartMs) {
        this.instruments = Map.copyOf(instruments);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.idPrefix = "stg-" + Long.toString(sessionStartMs, 36) + "-";
    }

    /** Starts a strategy with its own capital (quote currency). Names are unique for the session. */
    public synchronized void start(String name, Strategy strategy, BigDecimal capital) {
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("a strategy named " + name + " already exists");
        }
        byName.put(name, new RunningStrategy(name, strategy, instruments, capital));
        LOG.info("Strategy {} started: {}", name, strategy.description());
    }

    /** Stops asking the strategy and cancels its working orders; its position stays for the trader to handle. */
    public synchronized void stop(String name, String why) {
        RunningStrategy rs = running(name);
        rs.state = StrategyStatus.State.STOPPED;
        for (Map.Entry<String, String> w : List.copyOf(rs.working.entrySet())) {
            rs.cancelRequested(w.getKey());
            sink.post(new Command.CancelOrder(w.getValue(), w.getKey()));
        }
        LOG.info("Strategy {} stopped: {}", name, why);
    }

    /** The emergency stop's step: every running strategy stops (and its working orders are cancelled). */
    public synchronized void stopAll(String why) {
        for (RunningStrategy rs : List.copyOf(byName.values())) {
            if (rs.state == StrategyStatus.State.RUNNING) {
                stop(rs.name, why);
            }
        }
    }

    public synchronized List<StrategyStatus> list() {
        return byName.values().stream().map(RunningStrategy::status).toList();
    }

    public synchronized Optional<StrategyStatus> status(String name) {
        return Optional.ofNullable(byName.get(name)).map(RunningStrategy::status);
    }

    /** The strategy's paper (or live) record: what {@code ValidationReport.evaluate} judges. */
    public synchronized TradeRecord record(String name) {
        return running(name).ledger.record();
    }

    public synchronized void resolveErrors(String name) {
        RunningStrategy rs = running(name);
        rs.ledger.resolveErrors();
        rs.lastError = "";
    }

    /** A closed candle: marks every strategy's books at its close, then asks the running ones. */
    public synchronized void onCandle(Candle candle) {
        if (!mark(candle)) {
            return;
        }
        for (RunningStrategy rs : List.copyOf(byName.values())) {
            if (rs.state == StrategyStatus.State.RUNNING) {
                decide(rs, candle);
            }
        }
    }

    /**
     * Marks the books at the candle's close without asking the strategies: for the last candle of a rehearsal,
     * whose orders could not fill. Returns false for a candle older than one already taken (a repeat or a
     * replay running back), which is dropped; a missing candle (an exchange halt) needs nothing: the next one
     * simply follows.
     */
    public synchronized boolean mark(Candle candle) {
        Long last = lastOpenMs.get(candle.symbol());
        if (last != null && candle.openTimeMs() <= last) {
            LOG.debug("candle {} {} dropped: not after {}", candle.symbol(), candle.openTimeMs(), last);
            return false;
        }
        lastOpenMs.put(candle.symbol(), candle.openTimeMs());
        for (RunningStrategy rs : byName.values()) {
            rs.ledger.mark(candle.symbol(), candle.close(), candle.closeTimeMs());
        }
        return true;
    }

    public synchronized void onFill(Fill fill) {
        RunningStrategy rs = byOrderId.get(fill.clientOrderId());
        if (rs != null) {
            rs.ledger.onFill(fill);
        }
    }

    /** Every order change the engine applies; only this executor's orders matter here. */
    public synchronized void onOrder(Order order) {
        RunningStrategy rs = byOrderId.get(order.clientOrderId());
        if (rs != null && !order.isWorking()) {
            rs.finished(order);
        }
    }

    private void decide(RunningStrategy rs, Candle candle) {
        List<OrderIntent> intents;
        try {
            intents = rs.strategy.onCandle(candle, rs);
        } catch (RuntimeException e) {
            LOG.error("Strategy {} failed on candle {}; stopping it", rs.name, candle.openTimeMs(), e);
            rs.failed("strategy failed: " + e);
            stop(rs.name, "failed: " + e.getMessage());
            return;
        }
        for (OrderIntent intent : intents) {
            send(rs, intent, candle);
        }
    }

    private void send(RunningStrategy rs, OrderIntent intent, Candle candle) {
        String id = idPrefix + ++sequence;
        OrderRequest request = new OrderRequest(id, intent.symbol(), intent.side(), intent.type(), intent.qty(),
                intent.price());
        // Registered before sending: a synchronous engine reports the outcome before place() returns.
        byOrderId.put(id, rs);
        rs.working.put(id, intent.symbol());
        rs.ordersSent++;
        rs.lastSignal = new Signal(candle.closeTimeMs(), intent.symbol(), intent.side(), intent.qty(),
                intent.reason());
        SubmitResult result = sink.place(new Command.PlaceOrder(request));
        if (!result.isQueued() && rs.working.remove(id) != null) {
            rs.failed(id + " refused: " + result.refusal().text());
        }
    }

    private RunningStrategy running(String name) {
        RunningStrategy rs = byName.get(name);
        if (rs == null) {
            throw new IllegalArgumentException("no strategy named " + name);
        }
        return rs;
    }
}
