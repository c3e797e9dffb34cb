package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.KillSwitch;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.recovery.DeskRecovery;
import dev.osprey.core.recovery.ReconciliationReport;
import dev.osprey.core.strategy.CandleBuilder;
import dev.osprey.core.strategy.OrderSink;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.venue.Venue;
import dev.osprey.core.venue.VenueState;
import dev.osprey.paper.PaperVenue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One trading desk wired from config: market data feed, venue, engine, gate and kill switch. The window and the
 * CLI both use it, so they run the same engine and venue code. With a data directory the desk is durable: the
 * journal records everything before orders leave, the paper account is kept in its ledger, and a start restores
 * the last state and reconciles it with the venue.
 */
public final class Desk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Desk.class);

    private final OspreyConfig config;
    private final OrderGate gate = new OrderGate();
    private final MarketDataFeed feed;
    private final Venue venue;
    private final Engine engine;
    private final KillSwitch killSwitch;
    private final StrategyExecutor strategies;
    private final DeskStorage storage;
    private StartupReport startup = StartupReport.NONE;
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reconcile-daily");
        t.setDaemon(true);
        return t;
    });

    private Desk(OspreyConfig config, MarketDataFeed feed, Path dataDir) {
        this.config = config;
        this.feed = feed;
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        config.instruments().forEach(i -> instruments.put(i.symbol(), i));
        this.storage = dataDir == null ? null
                : DeskStorage.open(dataDir, config.journal().folder(dataDir), config.mode());
        this.venue = new PaperVenue(config.paper().account(), config.instruments(), feed,
                storage == null ? null : storage.paperLedger());
        EngineJournal journal = storage == null ? EngineJournal.NONE : storage.journal(venue.name());
        this.engine = new Engine(instruments, venue, gate, System::currentTimeMillis, config.engineSettings(), journal);
        this.killSwitch = new KillSwitch(gate, engine, Map.of(venue.name(), venue.orderEntry()),
                Duration.ofMillis(config.killSwitch().deadlineMs()), System::currentTimeMillis);
        this.strategies = new StrategyExecutor(instruments, OrderSink.of(engine::submit, engine::post),
                System.currentTimeMillis());
        CandleBuilder candles = new CandleBuilder(config.strategies().candleMs());
        engine.addMarketListener(e -> candles.onEvent(e).ifPresent(strategies::onCandle));
        engine.addOrderListener((before, after) -> strategies.onOrder(after));
        engine.addFillListener(strategies::onFill);
    }

    /** A throw-away paper desk on the configured replay (nothing is kept), started. */
    public static Desk startPaper(OspreyConfig config) {
        return startPaper(config, (Path) null);
    }

    /**
     * A paper desk on the configured replay, started. With {@code dataDir} it is durable: the journal and the paper
     * ledger live there, and the desk first restores what they hold and reconciles with the venue.
     */
    public static Desk startPaper(OspreyConfig config, Path dataDir) {
        return start(config, ReplayFeeds.fromConfig(config), dataDir);
    }

    /** A throw-away paper desk on a given feed, started (a benchmark wraps the configured replay to time its events). */
    public static Desk startPaper(OspreyConfig config, MarketDataFeed feed) {
        return start(config, feed, null);
    }

    private static Desk start(OspreyConfig config, MarketDataFeed feed, Path dataDir) {
        Desk desk = new Desk(config, feed, dataDir);
        try {
            if (desk.storage != null) {
                desk.storage.auditConfig(config, config.mode());
                desk.startup = desk.storage.restoreAndReconcile(desk.engine, desk.venue);
            }
            desk.engine.start();
            if (desk.storage != null) {
                config.journal().reconcileTime().ifPresent(desk::reconcileDaily);
            }
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
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

    /** What this start restored from the journal and what reconciling with the venue found. */
    public StartupReport startup() {
        return startup;
    }

    /** Reconciles with the venue now (blocks on it: not on the FX or engine thread); empty without a journal. */
    public Optional<ReconciliationReport> reconcileNow() {
        return storage == null ? Optional.empty() : Optional.of(storage.reconcile(engine, venue));
    }

    /** The end-of-day reconciliation, every day at {@code atUtc}, on its own thread. */
    private void reconcileDaily(LocalTime atUtc) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime next = now.with(atUtc);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        daily.scheduleAtFixedRate(() -> {
            try {
                reconcileNow();
            } catch (RuntimeException e) {
                LOG.error("end-of-day reconciliation failed", e);
            }
        }, Duration.between(now, next).toMillis(), Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Walks the audit trail's hash chain and says whether it is intact (reads the database: not on the FX thread). */
    public String verifyAudit() {
        return storage == null ? "This desk keeps no journal: there is no audit trail." : storage.verifyAudit();
    }

    /** The venue's own view of the account (blocks on the venue: not on the FX or engine thread). */
    public VenueState venueState() {
        return venue.stateFetch().fetchState();
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

    /** What a start brought back: the restore and the reconciliation, each with its one-line summary. */
    public record StartupReport(DeskRecovery.Restored restored, ReconciliationReport reconciliation) {
        static final StartupReport NONE = new StartupReport(null, null);

        /** Worth showing the trader: something was restored, or the venue differed from the journal. */
        public boolean worthShowing() {
            return restored != null && (!restored.isEmpty() || !reconciliation.clean());
        }

        public String text() {
            if (restored == null) {
                return "No journal: this desk keeps nothing.";
            }
            return restored.summary() + "\n\n" + reconciliation.text();
        }
    }

    @Override
    public void close() {
        daily.shutdownNow();
        feed.close();
        engine.close();
        venue.close();
        if (storage != null) {
            storage.close();
        }
        LOG.debug("desk closed");
    }
}
