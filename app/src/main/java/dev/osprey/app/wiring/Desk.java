package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.KeyAudit;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.binance.BinanceVenue;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.KillSwitch;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.recovery.DeskRecovery;
import dev.osprey.core.recovery.ReconciliationReport;
import dev.osprey.core.mode.TradingMode;
import dev.osprey.core.strategy.CandleBuilder;
import dev.osprey.core.strategy.OrderSink;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.venue.KeyPermissions;
import dev.osprey.core.venue.LatencyBoard;
import dev.osprey.core.venue.Venue;
import dev.osprey.core.venue.VenueState;
import dev.osprey.paper.PaperVenue;
import dev.osprey.xchange.XChangeVenue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One trading desk wired from config: market data feed, venue, engine, gate and kill switch. The window and the
 * CLI both use it, so they run the same engine and venue code; only the venue differs between paper and live. With
 * a data directory the desk is durable: the
 * journal records everything before orders leave, the paper account is kept in its ledger, and a start restores
 * the last state and reconciles it with the venue.
 */
public final class Desk implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Desk.class);
    private static final long LIVE_START_TIMEOUT_MS = 30_000;

    private final OspreyConfig config;
    private final OrderGate gate = new OrderGate();
    private final MarketDataFeed feed;
    private final Venue venue;
    private final LatencyBoard latency;
    private final BinanceVenue live;
    private final Engine engine;
    private final KillSwitch killSwitch;
    private final StrategyExecutor strategies;
    private final DeskStorage storage;
    private StartupReport startup = StartupReport.NONE;
    private Runnable unfollowKey = () -> { };
    private final ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reconcile-daily");
        t.setDaemon(true);
        return t;
    });

    /**
     * {@code feed}: null when the venue brings its own (a live venue); {@code venueFor} makes the venue, given where
     * a paper account's ledger goes (null: not kept).
     */
    private Desk(OspreyConfig config, MarketDataFeed feed, Function<Path, Venue> venueFor, LatencyBoard latency,
                 Path dataDir) {
        this.config = config;
        this.feed = feed;
        this.latency = latency;
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        config.instruments().forEach(i -> instruments.put(i.symbol(), i));
        this.storage = dataDir == null ? null
                : DeskStorage.open(dataDir, config.journalFolder(dataDir), config.venue().account(),
                        config.mode());
        try {
            this.venue = venueFor.apply(storage == null ? null : storage.paperLedger());
        } catch (RuntimeException e) {
            if (storage != null) {
                storage.close();
            }
            throw e;
        }
        this.live = venue instanceof BinanceVenue ? (BinanceVenue) venue : null;
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
        // The stop's second step, whoever stopped (a trader, the CLI, the breaker): strategies ask for nothing more.
        engine.addModeListener(c -> {
            if (c.to() == TradingMode.EMERGENCY_STOP) {
                strategies.stopAll("emergency stop: " + c.why());
            }
        });
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
        return startPaper(config, ReplayFeeds.fromConfig(config), dataDir);
    }

    /** A throw-away paper desk on a given feed, started (a benchmark wraps the configured replay to time its events). */
    public static Desk startPaper(OspreyConfig config, MarketDataFeed feed) {
        return startPaper(config, feed, null);
    }

    /**
     * The desk on the venue the config names: paper (on the replay), or Binance, Kraken or Coinbase with its key from
     * the vault (null vault or no key: market data only, order entry refuses). A live venue first loads its
     * instruments (Binance also measures the server time); then the desk restores, reconciles and starts. Blocks on the network: call it
     * off the FX thread.
     */
    public static Desk start(OspreyConfig config, KeyVault vault) throws DeskStartException {
        return start(config, vault, null);
    }

    /** As {@link #start(OspreyConfig, KeyVault)}; with {@code dataDir} the desk keeps its journal there. */
    public static Desk start(OspreyConfig config, KeyVault vault, Path dataDir) throws DeskStartException {
        if (config.venue().paper()) {
            return startPaper(config, dataDir);
        }
        if (!config.venue().binance()) {
            return startOnXChange(config, vault, dataDir);
        }
        BinanceVenue venue = LiveVenues.binance(config, vault);
        Runnable unfollowKey = LiveVenues.keepKeyCurrent(vault, venue);
        try {
            venue.start().get(LIVE_START_TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            return followingKey(started(new Desk(config, null, ledger -> venue, venue.latency(), dataDir)),
                    unfollowKey);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unfollowKey.run();
            venue.close();
            throw new DeskStartException("interrupted while connecting to " + venue.name());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            unfollowKey.run();
            venue.close();
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new DeskStartException("cannot start the " + venue.name() + " desk: " + cause.getMessage());
        }
    }

    /** Kraken or Coinbase: the venue loads its symbol rules, which replace the configured ones, then the desk starts. */
    private static Desk startOnXChange(OspreyConfig config, KeyVault vault, Path dataDir) throws DeskStartException {
        XChangeVenue venue;
        try {
            venue = LiveVenues.xchange(config, vault);
        } catch (RuntimeException e) {
            throw new DeskStartException("cannot set up the " + config.venue().kind() + " venue: " + e.getMessage());
        }
        Runnable unfollowKey = LiveVenues.keepKeyCurrent(vault, venue, config);
        try {
            OspreyConfig onVenue = config.withInstruments(venue.start());
            return followingKey(started(new Desk(onVenue, null, ledger -> venue, new LatencyBoard(), dataDir)),
                    unfollowKey);
        } catch (IOException | RuntimeException e) {
            unfollowKey.run();
            venue.close();
            throw new DeskStartException("cannot start the " + venue.name() + " desk: " + e.getMessage());
        }
    }

    /** The desk stops following the vault's key when it closes: a venue switch leaves no listener on a closed venue. */
    private static Desk followingKey(Desk desk, Runnable unfollowKey) {
        desk.unfollowKey = unfollowKey;
        return desk;
    }

    private static Desk startPaper(OspreyConfig config, MarketDataFeed feed, Path dataDir) {
        try {
            return started(new Desk(config, feed, ledger -> new PaperVenue(config.paper().account(),
                    config.instruments(), feed, ledger), new LatencyBoard(), dataDir));
        } catch (RuntimeException e) {
            feed.close();
            throw e;
        }
    }

    /** Restores and reconciles (with a journal), then starts the engine. */
    private static Desk started(Desk desk) {
        OspreyConfig config = desk.config;
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

    /** The venue's latency figures; always empty for paper, whose latency is simulated. */
    public LatencyBoard latency() {
        return latency;
    }

    /**
     * What the running live venue says its current key may do, when {@code venue} names it (the vault's venue
     * names are the venues' own); empty for paper or another venue's key.
     */
    public Optional<CompletableFuture<KeyPermissions>> checkKeyPermissions(String venue) {
        return live != null && live.name().equals(venue) ? Optional.of(live.checkKeyPermissions())
                : Optional.empty();
    }

    /** Where API key changes are recorded: the desk's audit trail, or nowhere without a journal. */
    public KeyAudit keyAudit() {
        return storage == null ? KeyAudit.NONE : storage.keyAudit();
    }

    public String venueName() {
        return venue.name();
    }

    public String speedLabel() {
        if (!config.venue().paper()) {
            return "live on " + venue.name();
        }
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
        unfollowKey.run();
        daily.shutdownNow();
        if (feed != null) {
            feed.close(); // a live venue closes its own feed
        }
        engine.close();
        venue.close();
        if (storage != null) {
            storage.close();
        }
        LOG.debug("desk closed");
    }
}
