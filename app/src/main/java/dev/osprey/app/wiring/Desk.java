package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.KillSwitch;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.strategy.CandleBuilder;
import dev.osprey.core.strategy.OrderSink;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.venue.Venue;
import dev.osprey.paper.PaperVenue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One trading desk wired from config: market data feed, venue, engine, gate and kill switch. The window and the
 * CLI both use it, so they run the same engine and venue code.
 */
public final class Desk implements AutoCloseable {
    private final OspreyConfig config;
    private final OrderGate gate = new OrderGate();
    private final MarketDataFeed feed;
    private final Venue venue;
    private final Engine engine;
    private final KillSwitch killSwitch;
    private final StrategyExecutor strategies;

    private Desk(OspreyConfig config, MarketDataFeed feed) {
        this.config = config;
        this.feed = feed;
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        config.instruments().forEach(i -> instruments.put(i.symbol(), i));
        this.venue = new PaperVenue(config.paper().account(), config.instruments(), feed);
        this.engine = new Engine(instruments, venue, gate, System::currentTimeMillis, config.engineSettings());
        this.killSwitch = new KillSwitch(gate, engine, Map.of(venue.name(), venue.orderEntry()),
                Duration.ofMillis(config.killSwitch().deadlineMs()), System::currentTimeMillis);
        this.strategies = new StrategyExecutor(instruments, OrderSink.of(engine::submit, engine::post),
                System.currentTimeMillis());
        CandleBuilder candles = new CandleBuilder(config.strategies().candleMs());
        engine.addMarketListener(e -> candles.onEvent(e).ifPresent(strategies::onCandle));
        engine.addOrderListener((before, after) -> strategies.onOrder(after));
        engine.addFillListener(strategies::onFill);
        // The stop's second step, whoever stopped (a trader, the CLI, the breaker): strategies ask for nothing more.
        engine.addModeListener(c -> {
            if (c.to() == TradingMode.EMERGENCY_STOP) {
                strategies.stopAll("emergency stop: " + c.why());
            }
        });
    }

    /** A paper desk on the configured replay, started: the engine runs and market data flows. */
    public static Desk startPaper(OspreyConfig config) {
        Desk desk = new Desk(config, ReplayFeeds.fromConfig(config));
        desk.engine.start();
        return desk;
    }

    public OspreyConfig config() {
        return config;
    }

    public Instrument instrument() {
        return config.instrument(config.ui().symbol());
    }

    public OrderGate gate() {
        return gate;
    }

    public Engine engine() {
        return engine;
    }

    public KillSwitch killSwitch() {
        return killSwitch;
    }

    /** Strategies run from the window: their orders take the engine's queue like the ticket's. */
    public StrategyExecutor strategies() {
        return strategies;
    }

    /** The paper records the mode switch may judge: this session's strategies. */
    public ValidationSource validationSource() {
        return new StrategyRecords(strategies, config.validation());
    }

    /** True while orders go to the paper venue (this build wires no live venue into the window). */
    public boolean paperVenue() {
        return venue instanceof PaperVenue;
    }

    public String speedLabel() {
        String s = config.replay().speed();
        return "max".equalsIgnoreCase(s) ? "max speed" : s + "x";
    }

    @Override
    public void close() {
        feed.close();
        engine.close();
        venue.close();
    }
}
