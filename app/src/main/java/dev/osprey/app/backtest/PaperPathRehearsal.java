package dev.osprey.app.backtest;

import dev.osprey.app.script.SyncPaperEntry;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.engine.MarkPrice;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.mode.TradeRecord;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.risk.PreTradeRisk;
import dev.osprey.core.strategy.Candle;
import dev.osprey.core.strategy.MovingAverageCross;
import dev.osprey.core.strategy.OrderSink;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.strategy.StrategyStatus;
import dev.osprey.core.venue.Balance;
import dev.osprey.paper.PaperAccountConfig;
import dev.osprey.paper.PaperMatcher;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The strategy through the paper path, as fast as one thread goes: the strategy executor sends its orders to the
 * engine state (gate, symbol rules, pre-trade risk, OMS), which sends them to the real paper matcher; fills come
 * back through the engine to the executor's books. At each hour's start the matcher and the engine see a book made
 * from the new candle's open ({@link CandleBook}), then the candle before closes and the strategy decides, so its
 * market orders meet that book: the next candle's open, as in the backtest.
 */
public final class PaperPathRehearsal {
    static final String PATH = "paper";
    static final String STRATEGY = "ma-cross";

    private PaperPathRehearsal() {
    }

    public static RehearsalRun run(List<Candle> candles, RehearsalSettings s) {
        if (candles.isEmpty()) {
            throw new IllegalArgumentException("no candles to rehearse");
        }
        long start = System.nanoTime();
        Instrument ins = s.instrument();
        Map<String, Instrument> instruments = Map.of(ins.symbol(), ins);
        SyncPaperEntry venue = new SyncPaperEntry(new PaperMatcher(new PaperAccountConfig(s.feeBps(),
                s.feeBps(), Map.of(ins.quoteAsset(), s.capital())), List.of(ins)));
        long[] marketMs = {candles.get(0).openTimeMs()};
        OrderGate gate = new OrderGate();
        // Market time drives every clock, the rate limiter's too, so a run is the same however fast it goes.
        EngineState engine = new EngineState(instruments, venue, gate, () -> marketMs[0], new EngineSettings(
                new PreTradeRisk(s.riskLimits()), MarkPrice.MID, () -> marketMs[0] * 1_000_000L));
        StrategyExecutor executor = new StrategyExecutor(instruments, OrderSink.of(p -> {
            var closed = gate.checkNewOrder();
            if (closed.isPresent()) {
                return SubmitResult.refused(p.request().clientOrderId(), closed.get());
            }
            engine.handle(p);
            venue.drainInto(engine);
            return SubmitResult.queued(p.request().clientOrderId());
        }, c -> {
            engine.handle(c);
            venue.drainInto(engine);
        }), marketMs[0]);
        engine.addOrderListener((before, after) -> executor.onOrder(after));
        engine.addFillListener(executor::onFill);
        engine.handle(new EngineMessage.StartupState(SyncPaperEntry.VENUE, venue.state()));
        executor.start(STRATEGY, new MovingAverageCross(s.strategy()), s.capital());
        for (int i = 0; i < candles.size(); i++) {
            Candle c = candles.get(i);
            marketMs[0] = c.openTimeMs();
            BookSnapshot book = CandleBook.atOpen(c, ins, i + 1L);
            venue.market(book);
            venue.drainInto(engine);
            engine.handle(new EngineMessage.MarketData(book));
            venue.drainInto(engine);
            if (i > 0) {
                executor.onCandle(candles.get(i - 1));
            }
        }
        Candle last = candles.get(candles.size() - 1);
        executor.mark(last);
        return result(executor, engine, s, last, (System.nanoTime() - start) / 1_000_000);
    }

    private static RehearsalRun result(StrategyExecutor executor, EngineState engine, RehearsalSettings s,
                                       Candle last, long elapsedMs) {
        TradeRecord record = executor.record(STRATEGY);
        StrategyStatus status = executor.status(STRATEGY).orElseThrow();
        return new RehearsalRun(PATH, record, ValidationReport.evaluate(record, s.criteria()), status.fees(),
                status.equity(), status.ordersSent(), venueEquity(engine, s, last.close()), elapsedMs);
    }

    /** The paper account's balances as the engine holds them, valued at the last close. */
    private static BigDecimal venueEquity(EngineState engine, RehearsalSettings s, BigDecimal close) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Balance b : engine.portfolio().balances()) {
            if (b.asset().equals(s.instrument().quoteAsset())) {
                sum = sum.add(b.total());
            } else if (b.asset().equals(s.instrument().baseAsset())) {
                sum = sum.add(b.total().multiply(close));
            }
        }
        return sum;
    }
}
