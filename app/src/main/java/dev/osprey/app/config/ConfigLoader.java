package dev.osprey.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.binance.BinanceConfig;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.replay.ReplaySpeed;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the bundled default config or a user's file. Anything wrong is reported as a {@link ConfigException}
 * naming the field, and nothing is started with a half-valid config.
 */
public final class ConfigLoader {
    static final String DEFAULT = "/osprey/config/default.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ConfigLoader() {
    }

    public static OspreyConfig loadDefault() throws ConfigException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new ConfigException("bundled config " + DEFAULT + " is missing from the class path");
            }
            return parse(in, "bundled " + DEFAULT);
        } catch (IOException e) {
            throw new ConfigException("cannot read bundled config: " + e.getMessage(), e);
        }
    }

    /**
     * A user's file, laid over the bundled defaults: whatever it sets wins (objects merge field by field, lists are
     * replaced whole), whatever it leaves out keeps the default. So a config written for an older version still
     * loads when a newer one adds settings; a misspelt or unknown field is still refused.
     */
    public static OspreyConfig load(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist");
        }
        JsonNode user;
        JsonNode defaults;
        try (InputStream in = Files.newInputStream(file);
             InputStream base = ConfigLoader.class.getResourceAsStream(DEFAULT)) {
            try {
                user = JSON.readTree(in);
            } catch (IOException e) {
                throw new ConfigException(file + ": not valid JSON: " + firstLine(e.getMessage()), e);
            }
            defaults = JSON.readTree(base);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        if (!user.isObject()) {
            throw new ConfigException(file + ": the config must be a JSON object");
        }
        return parse(overlay((ObjectNode) defaults.deepCopy(), (ObjectNode) user), file.toString());
    }

    private static JsonNode overlay(ObjectNode base, ObjectNode top) {
        top.fields().forEachRemaining(e -> {
            JsonNode under = base.get(e.getKey());
            if (under instanceof ObjectNode && e.getValue() instanceof ObjectNode) {
                overlay((ObjectNode) under, (ObjectNode) e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
        return base;
    }

    /** The same config with another replay speed, checked like the file's own. */
    public static OspreyConfig withSpeed(OspreyConfig c, String speed) throws ConfigException {
        OspreyConfig next = c.withReplay(c.replay().withSpeed(speed, c.replay().loop()));
        validate(next, "--speed");
        return next;
    }

    /** The same config with strategy candles of {@code candleMs}, checked like the file's own. */
    public static OspreyConfig withCandleMs(OspreyConfig c, long candleMs) throws ConfigException {
        OspreyConfig next = c.withStrategies(new OspreyConfig.Strategies(candleMs, c.strategies().capital()));
        validate(next, "--candle-ms");
        return next;
    }

    static OspreyConfig parse(InputStream in, String origin) throws ConfigException {
        try {
            return parse(JSON.readTree(in), origin);
        } catch (IOException e) {
            throw new ConfigException(origin + ": not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static OspreyConfig parse(JsonNode tree, String origin) throws ConfigException {
        OspreyConfig c;
        try {
            c = JSON.treeToValue(tree, OspreyConfig.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
            String why = e.getCause() != null ? firstLine(e.getCause().getMessage()) : firstLine(e.getOriginalMessage());
            int hint = why.indexOf(" (set DeserializationConfig");
            throw new ConfigException(origin + ": bad value at '" + field + "': "
                    + (hint < 0 ? why : why.substring(0, hint)), e);
        } catch (IOException e) {
            throw new ConfigException(origin + ": not valid JSON: " + firstLine(e.getMessage()), e);
        }
        validate(c, origin);
        return c;
    }

    private static void validate(OspreyConfig c, String origin) throws ConfigException {
        require(c.replay() != null && c.paper() != null && c.instruments() != null && c.killSwitch() != null
                && c.oms() != null && c.oms().bracket() != null && c.risk() != null && c.portfolio() != null
                && c.portfolio().mark() != null && c.ui() != null && c.venue() != null, origin,
                "replay, paper, instruments, killSwitch, oms.bracket, risk, portfolio.mark, ui and venue are all "
                        + "required");
        validateVenue(c.venue(), origin);
        OspreyConfig.Bracket bracket = c.oms().bracket();
        require(percent(bracket.stopLossPercent()) && percent(bracket.takeProfitPercent())
                && (bracket.trailArmPercent() == null || percent(bracket.trailArmPercent())), origin,
                "oms.bracket percents must be in (0, 100)");
        require("PAPER".equals(c.mode()), origin, "mode must be PAPER (live modes come with the mode switch)");
        require(c.replay().feeds() != null && !c.replay().feeds().isEmpty(), origin,
                "replay.feeds must list at least one feed");
        for (OspreyConfig.Feed f : c.replay().feeds()) {
            require(f.symbol() != null && f.captures() != null && !f.captures().isEmpty(), origin,
                    "every replay feed needs a symbol and at least one capture");
            require(c.instruments().stream().anyMatch(i -> i.symbol().equals(f.symbol())), origin,
                    "replay feed " + f.symbol() + " is not among the instruments");
        }
        require(c.replay().speed() != null, origin, "replay.speed is required (e.g. \"1\", \"10x\" or \"max\")");
        try {
            ReplaySpeed.parse(c.replay().speed());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + ": " + e.getMessage());
        }
        require(nonNegative(c.paper().makerFeeBps()) && nonNegative(c.paper().takerFeeBps()), origin,
                "paper fees must be >= 0 bps");
        require(c.paper().balances() != null, origin, "paper.balances is required");
        require(c.paper().latency() != null, origin, "paper.latency is required (submitMs, cancelMs, reportMs)");
        for (Map.Entry<String, BigDecimal> b : c.paper().balances().entrySet()) {
            require(nonNegative(b.getValue()), origin, "paper.balances." + b.getKey() + " must be >= 0");
        }
        require(!c.instruments().isEmpty(), origin, "instruments must not be empty");
        require(c.killSwitch().deadlineMs() > 0, origin, "killSwitch.deadlineMs must be > 0");
        require(c.journal() != null, origin, "journal is required (its fields may be null)");
        try {
            c.journal().reconcileTime();
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException(origin + ": journal.reconcileAtUtc must be a time like \"23:55\" (UTC), was \""
                    + c.journal().reconcileAtUtc() + "\"");
        }
        for (Instrument i : c.instruments()) {
            require(c.replay().feeds().stream().anyMatch(f -> i.symbol().equals(f.symbol())), origin,
                    "instrument " + i.symbol() + " has no replay feed (paper mode needs market data for it)");
        }
        require(c.instruments().stream().map(Instrument::symbol).anyMatch(s -> s.equals(c.ui().symbol())), origin,
                "ui.symbol " + c.ui().symbol() + " is not among the instruments");
        require(c.ui().defaultQty() != null && c.ui().defaultQty().signum() > 0, origin, "ui.defaultQty must be > 0");
        require(c.strategies() != null && c.validation() != null, origin, "strategies and validation are required");
        require(c.strategies().candleMs() >= 1_000, origin, "strategies.candleMs must be at least 1000 (one second)");
        require(c.strategies().capital() != null && c.strategies().capital().signum() > 0, origin,
                "strategies.capital must be > 0");
        require(c.alerts() != null, origin, "alerts is required");
        List<String> alertProblems = c.alerts().problems();
        require(alertProblems.isEmpty(), origin, String.join("; ", alertProblems));
        require(c.ui().ladder() != null && c.ui().ladder().qtyPresets() != null
                && !c.ui().ladder().qtyPresets().isEmpty(), origin, "ui.ladder.qtyPresets must list at least one quantity");
        for (BigDecimal q : c.ui().ladder().qtyPresets()) {
            require(q != null && q.signum() > 0, origin, "ui.ladder.qtyPresets must all be > 0, got " + q);
        }
        require("dark".equals(c.ui().theme()) || "light".equals(c.ui().theme()), origin,
                "ui.theme must be \"dark\" or \"light\"");
        require(c.ui().fontScale() >= 0.75 && c.ui().fontScale() <= 2, origin, "ui.fontScale must be from 0.75 to 2");
        require(c.ui().staleFeedMs() > 0, origin, "ui.staleFeedMs must be > 0");
    }

    private static void validateVenue(OspreyConfig.VenueChoice v, String origin) throws ConfigException {
        require(OspreyConfig.VenueChoice.KINDS.contains(v.kind()), origin,
                "venue.kind must be one of " + OspreyConfig.VenueChoice.KINDS + ", was " + v.kind());
        try {
            BinanceConfig.builder().testnet(v.testnet()).restUrl(v.restUrl()).marketStreamUrl(v.marketStreamUrl())
                    .webSocketApiUrl(v.webSocketApiUrl()).build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + ": venue: " + e.getMessage());
        }
    }

    private static boolean percent(BigDecimal v) {
        return v != null && v.signum() > 0 && v.compareTo(BigDecimal.valueOf(100)) < 0;
    }

    private static boolean nonNegative(BigDecimal v) {
        return v != null && v.signum() >= 0;
    }

    private static void require(boolean ok, String origin, String message) throws ConfigException {
        if (!ok) {
            throw new ConfigException(origin + ": " + message);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
