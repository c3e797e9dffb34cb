package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.market.CompositeFeed;
import dev.osprey.core.market.MarketDataFeed;
import dev.osprey.replay.CaptureSource;
import dev.osprey.replay.ReplayFeed;
import dev.osprey.replay.ReplaySpeed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the config's replay feeds ({@code classpath:/...} or file paths) into one market-data feed. */
public final class ReplayFeeds {
    static final String CLASSPATH = "classpath:";

    private ReplayFeeds() {
    }

    /** One replay thread per symbol, all at the configured speed. */
    public static MarketDataFeed fromConfig(OspreyConfig config) {
        ReplaySpeed speed = ReplaySpeed.parse(config.replay().speed());
        Map<String, MarketDataFeed> feeds = new LinkedHashMap<>();
        for (OspreyConfig.Feed f : config.replay().feeds()) {
            feeds.put(f.symbol(), new ReplayFeed(sources(f.captures()), speed, config.replay().loop()));
        }
        return new CompositeFeed(feeds);
    }

    public static List<CaptureSource> sources(List<String> refs) {
        List<CaptureSource> out = new ArrayList<>();
        for (String ref : refs) {
            out.add(ref.startsWith(CLASSPATH) ? CaptureSource.ofResource(ref.substring(CLASSPATH.length()))
                    : CaptureSource.ofPath(Path.of(ref)));
        }
        return out;
    }
}
