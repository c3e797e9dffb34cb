package dev.osprey.paper;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.replay.CaptureSource;
import dev.osprey.replay.ReplayFeed;
import dev.osprey.replay.ReplaySpeed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The bundled BTCUSDT capture, decoded once by the replay feed into the market events a venue sees. */
final class RecordedMarket {
    static final String BTC_0808 = "/osprey/data/binance-spot-btcusdt_20240808.hftbacktest-raw.gz";
    static final String BTC_0809 = "/osprey/data/binance-spot-btcusdt_20240809.hftbacktest-raw.gz";
    /** Binance's BTCUSDT filters. */
    static final Instrument BTCUSDT = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));

    private static List<MarketEvent> elevenMinutes;

    private RecordedMarket() {
    }

    /** Both files, about 11 minutes and 100,000 messages, as one stream. */
    static synchronized List<MarketEvent> btcusdt() {
        if (elevenMinutes == null) {
            elevenMinutes = decode(List.of(CaptureSource.ofResource(BTC_0808), CaptureSource.ofResource(BTC_0809)),
                    "BTCUSDT");
        }
        return elevenMinutes;
    }

    /** Replays at max speed and returns every event, the last being the feed's ENDED status. */
    static List<MarketEvent> decode(List<CaptureSource> captures, String symbol) {
        List<MarketEvent> events = new ArrayList<>();
        CompletableFuture<List<MarketEvent>> ended = new CompletableFuture<>();
        try (ReplayFeed feed = new ReplayFeed(captures, ReplaySpeed.MAX, false)) {
            // Only the replay thread touches the list until the future hands it over.
            feed.subscribe(symbol, event -> {
                events.add(event);
                if (event instanceof FeedStatus s && (s.state() == FeedState.ENDED
                        || s.state() == FeedState.DISCONNECTED)) {
                    ended.complete(events);
                }
            });
            feed.start();
            return List.copyOf(ended.get(2, TimeUnit.MINUTES));
        } catch (Exception e) {
            throw new IllegalStateException("could not replay " + captures, e);
        }
    }
}
