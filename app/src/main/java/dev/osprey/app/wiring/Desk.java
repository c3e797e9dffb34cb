package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.keys.KeyVault;
import dev.osprey.binance.BinanceVenue;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.KillSwitch;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.core.venue.KeyPermissions;
import dev.osprey.core.venue.LatencyBoard;
import dev.osprey.core.venue.Venue;
import dev.osprey.paper.PaperVenue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One trading desk wired from config: market data feed, venue, engine, gate and kill switch. The window and the
 * CLI both use it, so they run the same engine and venue code; only the venue differs between paper and live.
 */
public final class Desk implements AutoCloseable {
    private static final long LIVE_START_TIMEOUT_MS = 30_000;

    private final OspreyConfig config;
    private final OrderGate gate = new OrderGate();
    private final MarketDataFeed feed;
    private final Venue venue;
    private final LatencyBoard latency;
    private final BinanceVenue live;
    private final Engine engine;
    private final KillSwitch killSwitch;

    private Desk(OspreyConfig config, MarketDataFeed feed, Venue venue, LatencyBoard latency) {
        this.config = config;
        this.live = venue instanceof BinanceVenue ? (BinanceVenue) venue : null;
        this.feed = feed;
        this.venue = venue;
        this.latency = latency;
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        config.instruments().forEach(i -> instruments.put(i.symbol(), i));
        this.engine = new Engine(instruments, venue, gate, System::currentTimeMillis, config.engineSettings());
        this.killSwitch = new KillSwitch(gate, engine, Map.of(venue.name(), venue.orderEntry()),
                Duration.ofMillis(config.killSwitch().deadlineMs()), System::currentTimeMillis);
    }

    /** A paper desk on the configured replay, started: the engine runs and market data flows. */
    public static Desk startPaper(OspreyConfig config) {
        MarketDataFeed feed = ReplayFeeds.fromConfig(config);
        Desk desk = new Desk(config, feed, new PaperVenue(config.paper().account(), config.instruments(), feed),
                new LatencyBoard());
        desk.engine.start();
        return desk;
    }

    /**
     * The desk on the venue the config names: paper, or Binance with its key from the vault (null: no key, market
     * data only). A live venue first measures the server time and loads its instruments; the engine then fetches
     * the account and starts. Blocks on the network: call it off the FX thread.
     */
    public static Desk start(OspreyConfig config, KeyVault vault) throws DeskStartException {
        if (config.venue().paper()) {
            return startPaper(config);
        }
        if (!config.venue().binance()) {
            return startPaperOnXChange(config);
        }
        BinanceVenue venue = LiveVenues.binance(config, vault);
        try {
            venue.start().get(LIVE_START_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            Desk desk = new Desk(config, null, venue, venue.latency());
            desk.engine.start();
            return desk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            venue.close();
            throw new DeskStartException("interrupted while connecting to " + venue.name());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            venue.close();
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new DeskStartException("cannot start the " + venue.name() + " desk: " + cause.getMessage());
        }
    }

    /** The paper venue trading against Kraken's or Coinbase's live book, polled through XChange. */
    private static Desk startPaperOnXChange(OspreyConfig config) throws DeskStartException {
        MarketDataFeed feed;
        try {
            feed = XChangeMarketData.feed(config);
        } catch (RuntimeException e) {
            throw new DeskStartException("cannot reach " + config.venue().kind() + " market data: " + e.getMessage());
        }
        Desk desk = new Desk(config, feed, new PaperVenue(config.paper().account(), config.instruments(), feed),
                new LatencyBoard());
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

    public String venueName() {
        return venue.name();
    }

    public String speedLabel() {
        if (config.venue().binance()) {
            return "live on " + venue.name();
        }
        if (!config.venue().paper()) {
            return "paper on " + config.venue().kind() + " data";
        }
        String s = config.replay().speed();
        return "max".equalsIgnoreCase(s) ? "max speed" : s + "x";
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close(); // a live venue closes its own feed
        }
        engine.close();
        venue.close();
    }
}
