package dev.osprey.paper;

import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.venue.AccountEvent;
import dev.osprey.core.venue.AccountListener;
import dev.osprey.core.venue.OrderEntry;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's logic ({@link EngineState}) wired to the paper matcher on one thread, the way the engine and the
 * paper venue talk through their queues, without the threads. What the engine sends waits until the engine has
 * finished its message, and each venue report goes back as a {@link EngineMessage.VenueUpdate} of its own, in the
 * order things happened, so nothing re-enters the engine. A market event reaches the venue first, then the engine.
 */
final class SyncDesk implements OrderEntry {
    static final String VENUE = "paper";

    private record Cancel(String symbol, String clientOrderId) {
    }

    private record CancelAll(String symbol, CompletableFuture<Integer> done) {
    }

    final OrderGate gate = new OrderGate();
    final PaperMatcher matcher;
    final EngineState engine;
    /** Requests on their way to the venue and reports on their way to the engine, in the order they arose. */
    private final ArrayDeque<Object> work = new ArrayDeque<>();
    private AccountListener reportWatcher = event -> { };

    SyncDesk(PaperAccountConfig config, List<Instrument> instruments) {
        this.matcher = new PaperMatcher(config, instruments);
        Map<String, Instrument> bySymbol = new LinkedHashMap<>();
        instruments.forEach(i -> bySymbol.put(i.symbol(), i));
        // Engine time is market time once data flows; the fixed wall clock only covers the moment before.
        this.engine = new EngineState(bySymbol, this, gate, () -> 1L);
    }

    /** Sees every report just before the engine does. */
    void watchReports(AccountListener watcher) {
        this.reportWatcher = watcher;
    }

    void send(EngineMessage message) {
        engine.handle(message);
        drain();
    }

    void market(MarketEvent event) {
        queue(matcher.apply(event));
        engine.handle(new EngineMessage.MarketData(event));
        drain();
    }

    @Override
    public Set<OrderType> nativeTypes() {
        return PaperOrderTypes.NATIVE;
    }

    @Override
    public void place(OrderRequest request) {
        work.add(request);
    }

    @Override
    public void cancel(String symbol, String clientOrderId) {
        work.add(new Cancel(symbol, clientOrderId));
    }

    /** As the kill switch calls it: straight to the venue, not through the engine. */
    @Override
    public CompletableFuture<Integer> cancelAll(String symbol) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        work.add(new CancelAll(symbol, done));
        drain();
        return done;
    }

    private void drain() {
        Object next;
        while ((next = work.poll()) != null) {
            if (next instanceof AccountEvent report) {
                reportWatcher.onAccountEvent(report);
                engine.handle(new EngineMessage.VenueUpdate(VENUE, report));
            } else if (next instanceof OrderRequest request) {
                queue(matcher.place(request));
            } else if (next instanceof Cancel c) {
                queue(matcher.cancel(c.symbol(), c.clientOrderId()));
            } else if (next instanceof CancelAll c) {
                queue(matcher.cancelAll(c.symbol(), c.done()::complete));
            }
        }
    }

    private void queue(List<AccountEvent> reports) {
        work.addAll(reports);
    }
}
