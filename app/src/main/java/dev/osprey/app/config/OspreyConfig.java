package dev.osprey.app.config;

import dev.osprey.app.alert.AlertsConfig;
import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.LiveReview;
import dev.osprey.core.engine.MarkPrice;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.risk.RiskLimits;
import dev.osprey.paper.PaperAccountConfig;
import dev.osprey.paper.PaperLatency;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workstation's settings, as read from JSON. {@link ConfigLoader} checks every field before use. */
public record OspreyConfig(String mode, Replay replay, Paper paper, List<Instrument> instruments,
                           KillSwitch killSwitch, Oms oms, RiskLimits risk, Portfolio portfolio, Ui ui,
                           Strategies strategies, ValidationCriteria validation, Journal journal,
                           AlertsConfig alerts, VenueChoice venue) {


    /**
     * Which venue the desk trades on: {@code paper} (the replay), or a live venue: {@code binance} ({@code testnet}
     * switches every endpoint to the spot testnet; the URLs, null for Binance's own, point it elsewhere),
     * {@code kraken} or {@code coinbase} through XChange ({@code restUrl} replaces XChange's base URL). The window's
     * Venue menu sets {@code kind} and {@code testnet}.
     */
    public record VenueChoice(String kind, boolean testnet, String restUrl, String marketStreamUrl,
                              String webSocketApiUrl) {
        public static final String PAPER = "paper";
        public static final String BINANCE = "binance";

        public static final List<String> KINDS = List.of(PAPER, BINANCE, "kraken", "coinbase");

        public boolean paper() {
            return PAPER.equals(kind);
        }

        public boolean binance() {
            return BINANCE.equals(kind);
        }

        /**
         * The account this choice trades: each keeps its own journal and ledger, so a switch of venue never
         * reconciles one account's orders against another's ({@code paper}, {@code binance}, {@code binance-testnet},
         * {@code kraken}, {@code coinbase}).
         */
        public String account() {
            return binance() && testnet ? kind + "-testnet" : kind;
        }

        public VenueChoice withKind(String newKind, boolean newTestnet) {
            return new VenueChoice(newKind, newTestnet, restUrl, marketStreamUrl, webSocketApiUrl);
        }
    }

    /**
     * Where this config's account keeps its journal: {@code journal.path} (default {@code journal/} in the data
     * directory) for the paper account, and a sibling folder named after the account for every other one.
     */
    public Path journalFolder(Path dataDir) {
        Path paper = journal.folder(dataDir);
        return venue.paper() ? paper : paper.resolveSibling(paper.getFileName() + "-" + venue.account());
    }

    /**
     * Strategies run from the window: candles of {@code candleMs} built from the replayed trades, and the capital
     * (quote currency) each new strategy's own books start with.
     */
    public record Strategies(long candleMs, BigDecimal capital) {
    }

    /** One replayed feed per symbol, all at the same speed. */
    public record Replay(List<Feed> feeds, String speed, boolean loop) {
        public Replay withSpeed(String s, boolean doLoop) {
            return new Replay(feeds, s, doLoop);
        }
    }

    /** Captures are file paths or {@code classpath:/...} resources, played in order as one stream. */
    public record Feed(String symbol, List<String> captures) {
    }

    /** The paper account: fees, opening balances, and message latency in market time. */
    public record Paper(BigDecimal makerFeeBps, BigDecimal takerFeeBps, Map<String, BigDecimal> balances,
                        PaperLatency latency) {

        public PaperAccountConfig account() {
            return new PaperAccountConfig(makerFeeBps, takerFeeBps, balances, latency);
        }
    }

    /** {@code flatten}: whether the stop also closes every position with market orders (the checkbox's default). */
    public record KillSwitch(long deadlineMs, boolean flatten) {
    }

    /**
     * {@code ladder}: the depth ladder's settings; {@code theme}: dark or light; {@code fontScale}: 0.75 to 2 times
     * the theme's font size; {@code staleFeedMs}: how long a feed may stay silent before the dashboard calls its data
     * stale. The trader's own choices of theme and font size, made in the window, are kept with the layout in the data
     * directory and win over these.
     */
    public record Ui(String symbol, BigDecimal defaultQty, Ladder ladder, String theme, double fontScale,
                     long staleFeedMs) {
    }

    /** {@code qtyPresets}: the quantities a click on a preset button puts in the ladder's quantity field. */
    public record Ladder(List<BigDecimal> qtyPresets) {
    }

    /**
     * {@code path}: the journal's folder (null: {@code journal/} in the data directory); {@code reconcileAtUtc}: the
     * daily time (HH:mm, UTC) of the end-of-day reconciliation with the venue (null: only at start and on demand).
     */
    public record Journal(String path, String reconcileAtUtc) {
        public Path folder(Path dataDir) {
            return path == null || path.isBlank() ? dataDir.resolve("journal") : Path.of(path);
        }

        public Optional<LocalTime> reconcileTime() {
            return reconcileAtUtc == null || reconcileAtUtc.isBlank() ? Optional.empty()
                    : Optional.of(LocalTime.parse(reconcileAtUtc));
        }
    }

    public record Oms(Bracket bracket) {
    }

    /** {@code mark}: MID or LAST, the price that marks positions for unrealised P&L. */
    public record Portfolio(MarkPrice mark) {
    }

    /** The engine's settings from this config: risk limits, the mark price and the shipped breaker triggers. */
    public EngineSettings engineSettings() {
        return EngineSettings.of(risk, portfolio.mark(), BreakerConfig.defaults())
                .withReview(new LiveReview(validation, LIVE_REVIEW_MS));
    }

    /** How often live trading is judged under the validation criteria (engine time): a degraded record steps down. */
    public static final long LIVE_REVIEW_MS = Duration.ofHours(1).toMillis();

    /** Bracket defaults in percent of the entry price; trailArmPercent null means the stop never trails. */
    public record Bracket(BigDecimal stopLossPercent, BigDecimal takeProfitPercent, BigDecimal trailArmPercent) {
    }

    public Instrument instrument(String symbol) {
        return instruments.stream().filter(i -> i.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instrument " + symbol));
    }

    public OspreyConfig withStrategies(Strategies s) {
        return new OspreyConfig(mode, replay, paper, instruments, killSwitch, oms, risk, portfolio, ui, s, validation,
                journal, alerts, venue);
    }

    public OspreyConfig withReplay(Replay r) {
        return new OspreyConfig(mode, r, paper, instruments, killSwitch, oms, risk, portfolio, ui, strategies,
                validation, journal, alerts, venue);
    }

    /** The same config on the venue's own symbol rules (a live venue loads them at start). */
    public OspreyConfig withInstruments(List<Instrument> rules) {
        return new OspreyConfig(mode, replay, paper, List.copyOf(rules), killSwitch, oms, risk, portfolio, ui,
                strategies, validation, journal, alerts, venue);
    }

    public OspreyConfig withVenue(VenueChoice v) {
        return new OspreyConfig(mode, replay, paper, instruments, killSwitch, oms, risk, portfolio, ui, strategies,
                validation, journal, alerts, v);
    }
}
