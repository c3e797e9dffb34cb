package dev.osprey.xchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.market.BookSnapshot;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.FeedStatus;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.currency.CurrencyPair;

/** Kraken and Coinbase books and trades through XChange, from a fake venue on 127.0.0.1 set by base URL alone. */
class XChangeFeedTest {
    private static final Duration POLL = Duration.ofMillis(50);

    private final List<MarketEvent> events = new ArrayList<>();

    private synchronized void add(MarketEvent e) {
        events.add(e);
        notifyAll();
    }

    private synchronized List<MarketEvent> await(Predicate<List<MarketEvent>> done, String what)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!done.test(events)) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + ": " + events);
            }
            wait(left);
        }
        return List.copyOf(events);
    }

    private static long count(List<MarketEvent> l, Class<?> type) {
        return l.stream().filter(type::isInstance).count();
    }

    private static long px(String s) {
        return Scaled.of(new BigDecimal(s));
    }

    private XChangeFeed feed(XChangeSource source, FakeVenueServer fake, String symbol, CurrencyPair pair) {
        XChangeFeed f = XChangeFeeds.create(source, fake.url(), POLL);
        f.map(symbol, pair);
        f.subscribe(symbol, this::add);
        f.start();
        return f;
    }

    @Test
    void whenKrakenIsPolled_thenItsBookArrivesSortedAndTheFeedIsLive() throws Exception {
        try (FakeVenueServer fake = FakeVenueServer.kraken();
             XChangeFeed f = feed(XChangeSource.KRAKEN, fake, "BTCUSDT", CurrencyPair.BTC_USDT)) {
            List<MarketEvent> got = await(l -> l.stream().anyMatch(e -> e instanceof FeedStatus s
                    && s.state() == FeedState.LIVE), "LIVE");

            BookSnapshot book = (BookSnapshot) got.stream().filter(BookSnapshot.class::isInstance).findFirst()
                    .orElseThrow();
            assertEquals(new Level(px("61601.9"), px("0.8")), book.bids().get(0));
            assertEquals(new Level(px("61602.1"), px("0.45")), book.asks().get(0));
            assertEquals(3, book.bids().size());
            assertTrue(fake.calls().stream().anyMatch(c -> c.startsWith("/0/public/Depth")), fake.calls().toString());
        }
    }

    @Test
    void whenKrakenPrintsANewTrade_thenOnlyThatTradeIsPassedOn() throws Exception {
        try (FakeVenueServer fake = FakeVenueServer.kraken();
             XChangeFeed f = feed(XChangeSource.KRAKEN, fake, "BTCUSDT", CurrencyPair.BTC_USDT)) {
            await(l -> count(l, BookSnapshot.class) >= 2, "two polls");

            fake.route("/0/public/Trades", FakeVenueServer.load("kraken-trades.json").replace("70002]]",
                    "70002],[\"61603.00000\",\"0.50000000\",1723161601.0,\"s\",\"m\",\"\",70003]]"));
            List<MarketEvent> got = await(l -> count(l, TradePrint.class) >= 1, "the new trade");

            List<TradePrint> trades = got.stream().filter(TradePrint.class::isInstance).map(TradePrint.class::cast)
                    .toList();
            assertEquals(1, trades.size(), "the two trades of the first poll are history, not passed on");
            assertEquals(px("61603"), trades.get(0).price());
            assertEquals(px("0.5"), trades.get(0).qty());
            assertTrue(trades.get(0).buyerIsMaker(), "an 's' trade: the taker sold");
        }
    }

    @Test
    void whenCoinbaseIsPolled_thenItsLevel2BookArrives() throws Exception {
        try (FakeVenueServer fake = FakeVenueServer.coinbase();
             XChangeFeed f = feed(XChangeSource.COINBASE, fake, "BTCUSD", CurrencyPair.BTC_USD)) {
            List<MarketEvent> got = await(l -> count(l, BookSnapshot.class) >= 1, "a book");

            BookSnapshot book = (BookSnapshot) got.stream().filter(BookSnapshot.class::isInstance).findFirst()
                    .orElseThrow();
            assertEquals(new Level(px("61601.99"), px("0.75")), book.bids().get(0));
            assertEquals(new Level(px("61602.01"), px("0.40")), book.asks().get(0));
            assertTrue(fake.calls().stream().anyMatch(c -> c.equals("/products/BTC-USD/book?level=2")),
                    fake.calls().toString());
        }
    }

    @Test
    void whenTheFirstPollFails_thenTheFirstGoodPollStillOnlyMarksWhereTheTapeStarts() throws Exception {
        try (FakeVenueServer fake = FakeVenueServer.coinbase()) {
            try (XChangeFeed f = XChangeFeeds.create(XChangeSource.COINBASE, fake.url(), POLL)) {
                f.map("BTCUSD", CurrencyPair.BTC_USD);
                f.subscribe("BTCUSD", this::add);
                fake.failWith(503); // after XChange loaded the products: the outage starts with the first poll
                f.start();
                await(l -> l.stream().anyMatch(e -> e instanceof FeedStatus s && s.state() == FeedState.DISCONNECTED),
                        "DISCONNECTED");

                fake.failWith(0);
                List<MarketEvent> got = await(l -> count(l, BookSnapshot.class) >= 3, "three good polls");

                assertEquals(0, count(got, TradePrint.class), "the two prints already on the tape are history");
            }
        }
    }

    @Test
    void whenTheVenueFails_thenTheFeedSaysDisconnected_andLiveAgainOnceItAnswers() throws Exception {
        try (FakeVenueServer fake = FakeVenueServer.coinbase();
             XChangeFeed f = feed(XChangeSource.COINBASE, fake, "BTCUSD", CurrencyPair.BTC_USD)) {
            await(l -> l.stream().anyMatch(e -> e instanceof FeedStatus s && s.state() == FeedState.LIVE), "LIVE");

            fake.failWith(503);
            await(l -> l.stream().anyMatch(e -> e instanceof FeedStatus s && s.state() == FeedState.DISCONNECTED),
                    "DISCONNECTED");
            fake.failWith(0);

            await(l -> l.stream().filter(e -> e instanceof FeedStatus s && s.state() == FeedState.LIVE).count() == 2,
                    "LIVE again");
        }
    }
}
