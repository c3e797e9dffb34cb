package dev.osprey.binance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.osprey.binance.fake.CaptureLines;
import dev.osprey.binance.fake.Payloads;
import dev.osprey.core.market.BookDelta;
import dev.osprey.core.market.FeedState;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.MarketDataListener;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.market.TradePrint;
import info.bitrich.xchangestream.binance.dto.BinanceWebsocketTransaction;
import info.bitrich.xchangestream.binance.dto.market.DepthBinanceWebSocketTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order.OrderType;
import org.knowm.xchange.dto.marketdata.OrderBookUpdate;
import org.knowm.xchange.dto.trade.LimitOrder;

/**
 * Book maintenance from the recorded BTCUSDT diff stream (both bundled files, 11 minutes): our path (streaming
 * decode to fixed-point longs, {@link LiveBookSync}, core {@link OrderBook}, a core BookDelta per diff) against
 * XChange's (Jackson databind to {@code DepthBinanceWebSocketTransaction}, then {@code OrderBook.update} with an
 * {@code OrderBookUpdate} per level, as XChange's Binance streaming service does), in one run. Two measures: from
 * the raw stream text, and book updates alone from already-decoded diffs. Each pass checks both books agree on the
 * top 20 levels, so a wrong book cannot post a fast time. Arguments: [warm-up passes] [measured passes].
 */
public final class BookMaintenanceBench {
    private static final String SYMBOL = "BTCUSDT";
    private static final CurrencyPair PAIR = CurrencyPair.BTC_USDT;
    /**
     * BTCUSDT's tick, PRICE_FILTER tickSize 0.01 (the captures hold no exchangeInfo; the live feed reads it from
     * there). Given to our book only: XChange's OrderBook has no use for a tick.
     */
    private static final long TICK = OrderBook.tickOf(new BigDecimal("0.01"));
    private static final ObjectMapper XCHANGE_JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<BinanceWebsocketTransaction<DepthBinanceWebSocketTransaction>> DEPTH =
            new TypeReference<>() { };

    private final List<String> stream = new ArrayList<>();
    private String snapshotJson;
    private int snapshotIndex;

    private BookMaintenanceBench() {
        List<String> lines = CaptureLines.of(CaptureLines.BTC_0808, CaptureLines.BTC_0809);
        for (String l : lines) {
            if (l.startsWith("{\"lastUpdateId\"")) {
                snapshotJson = l;
                snapshotIndex = stream.size();
            } else if (l.contains("@depth")) {
                stream.add(l);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        BookMaintenanceBench b = new BookMaintenanceBench();
        System.out.printf(Locale.ROOT, "diff messages: %d, JVM %s %s, %d processors%n", b.stream.size(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        b.compare("from stream text (decode + sync + book)", warmups, passes, b::oursFromText, b::xchangeFromText);
        List<DepthUpdate> ours = b.decodedOurs();
        List<DepthBinanceWebSocketTransaction> theirs = b.decodedXChange();
        b.compare("book updates only (diffs already decoded)", warmups, passes, () -> b.oursDecoded(ours),
                () -> b.xchangeDecoded(theirs));
    }

    private interface Pass {
        Result run() throws Exception;
    }

    /** Diffs applied and the top of the resulting book, for the cross-check. */
    private record Result(int applied, List<Level> bids, List<Level> asks) {
    }

    private void compare(String what, int warmups, int passes, Pass ours, Pass theirs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            check(ours.run(), theirs.run());
        }
        double[] o = new double[passes];
        double[] x = new double[passes];
        int applied = 0;
        for (int i = 0; i < passes; i++) {
            long t0 = System.nanoTime();
            Result a = ours.run();
            long t1 = System.nanoTime();
            Result b = theirs.run();
            long t2 = System.nanoTime();
            check(a, b);
            applied = a.applied();
            o[i] = (t1 - t0) / 1e9;
            x[i] = (t2 - t1) / 1e9;
        }
        Arrays.sort(o);
        Arrays.sort(x);
        double om = o[passes / 2];
        double xm = x[passes / 2];
        System.out.printf(Locale.ROOT, "%s: %d diffs per pass; ours median %.2f ms = %,.0f updates/s; XChange "
                        + "median %.2f ms = %,.0f updates/s; ratio %.1fx (best/worst ours %.2f/%.2f ms, XChange "
                        + "%.2f/%.2f ms)%n", what, applied, om * 1e3, applied / om, xm * 1e3, applied / xm, xm / om,
                o[0] * 1e3, o[passes - 1] * 1e3, x[0] * 1e3, x[passes - 1] * 1e3);
    }

    private static void check(Result a, Result b) {
        if (a.applied() != b.applied() || !a.bids().equals(b.bids()) || !a.asks().equals(b.asks())) {
            throw new IllegalStateException("books differ: ours " + a + " XChange " + b);
        }
    }

    private Result oursFromText() {
        StreamDecoder decoder = new StreamDecoder();
        LiveBookSync sync = new LiveBookSync(SYMBOL, new DeltaReader(), () -> { }, () -> TICK);
        sync.connecting("bench");
        sync.begin();
        StreamDecoder.Sink sink = new StreamDecoder.Sink() {
            @Override
            public void onDepth(DepthUpdate diff) {
                sync.onDiff(diff);
            }

            @Override
            public void onTrade(TradePrint trade) {
            }
        };
        for (int i = 0; i < stream.size(); i++) {
            if (i == snapshotIndex) {
                sync.onSnapshot(DepthSnapshots.parse(SYMBOL, Payloads.parse(snapshotJson), 0));
            }
            decoder.decode(stream.get(i), sink);
        }
        return result(sync);
    }

    private Result oursDecoded(List<DepthUpdate> diffs) {
        LiveBookSync sync = new LiveBookSync(SYMBOL, new DeltaReader(), () -> { }, () -> TICK);
        sync.connecting("bench");
        sync.begin();
        DepthUpdate snapshot = DepthSnapshots.parse(SYMBOL, Payloads.parse(snapshotJson), 0);
        for (int i = 0; i < diffs.size(); i++) {
            if (i == snapshotIndex) {
                sync.onSnapshot(snapshot);
            }
            sync.onDiff(diffs.get(i));
        }
        return result(sync);
    }

    /**
     * Reads every level of every BookDelta, as the engine's book does: BookDelta keeps its levels as longs and makes
     * a Level when one is read, so a listener that never looked would hide that cost from our side.
     */
    private static final class DeltaReader implements MarketDataListener {
        long sizes;

        @Override
        public void onMarketEvent(MarketEvent event) {
            if (event instanceof BookDelta d) {
                for (Level l : d.bids()) {
                    sizes += l.qty();
                }
                for (Level l : d.asks()) {
                    sizes += l.qty();
                }
            }
        }
    }

    private static Result result(LiveBookSync sync) {
        if (sync.state() != FeedState.LIVE || sync.counters().stats().gaps() != 0) {
            throw new IllegalStateException("our sync went wrong: " + sync.state() + " " + sync.counters().stats());
        }
        OrderBook b = sync.book();
        return new Result((int) sync.counters().stats().applied(), b.topBids(20), b.topAsks(20));
    }

    private Result xchangeFromText() throws Exception {
        List<DepthBinanceWebSocketTransaction> decoded = new ArrayList<>(stream.size());
        XChangeBook book = new XChangeBook(snapshotJson);
        for (String json : stream) {
            BinanceWebsocketTransaction<DepthBinanceWebSocketTransaction> t = XCHANGE_JSON.readValue(json, DEPTH);
            book.apply(t.getData());
        }
        return book.result();
    }

    private Result xchangeDecoded(List<DepthBinanceWebSocketTransaction> diffs) throws Exception {
        XChangeBook book = new XChangeBook(snapshotJson);
        for (DepthBinanceWebSocketTransaction d : diffs) {
            book.apply(d);
        }
        return book.result();
    }

    private List<DepthUpdate> decodedOurs() {
        List<DepthUpdate> out = new ArrayList<>();
        StreamDecoder decoder = new StreamDecoder();
        StreamDecoder.Sink sink = new StreamDecoder.Sink() {
            @Override
            public void onDepth(DepthUpdate diff) {
                out.add(diff);
            }

            @Override
            public void onTrade(TradePrint trade) {
            }
        };
        stream.forEach(s -> decoder.decode(s, sink));
        return out;
    }

    private List<DepthBinanceWebSocketTransaction> decodedXChange() throws Exception {
        List<DepthBinanceWebSocketTransaction> out = new ArrayList<>();
        for (String json : stream) {
            out.add(XCHANGE_JSON.readValue(json, DEPTH).getData());
        }
        return out;
    }

    /**
     * XChange's OrderBook kept as XChange's Binance streaming service keeps it: an OrderBookUpdate per level. The
     * same sync rule as ours (drop u &lt;= lastUpdateId, then U = previous u + 1), on longs, so only the book differs.
     */
    private static final class XChangeBook {
        private final org.knowm.xchange.dto.marketdata.OrderBook book;
        private long lastUpdateId;
        private int applied;

        XChangeBook(String snapshotJson) {
            var s = Payloads.parse(snapshotJson);
            List<LimitOrder> bids = new ArrayList<>();
            List<LimitOrder> asks = new ArrayList<>();
            s.path("bids").forEach(l -> bids.add(new LimitOrder(OrderType.BID, new BigDecimal(l.get(1).asText()), PAIR,
                    null, null, new BigDecimal(l.get(0).asText()))));
            s.path("asks").forEach(l -> asks.add(new LimitOrder(OrderType.ASK, new BigDecimal(l.get(1).asText()), PAIR,
                    null, null, new BigDecimal(l.get(0).asText()))));
            book = new org.knowm.xchange.dto.marketdata.OrderBook(new Date(0), asks, bids, true);
            lastUpdateId = s.path("lastUpdateId").asLong();
        }

        void apply(DepthBinanceWebSocketTransaction d) {
            if (d.getLastUpdateId() <= lastUpdateId) {
                return;
            }
            if (applied > 0 && d.getFirstUpdateId() != lastUpdateId + 1) {
                throw new IllegalStateException("XChange path saw a gap at U=" + d.getFirstUpdateId());
            }
            Date time = d.getEventTime();
            for (Map.Entry<BigDecimal, BigDecimal> e : d.getOrderBook().bids.entrySet()) {
                book.update(new OrderBookUpdate(OrderType.BID, e.getValue(), PAIR, e.getKey(), time, e.getValue()));
            }
            for (Map.Entry<BigDecimal, BigDecimal> e : d.getOrderBook().asks.entrySet()) {
                book.update(new OrderBookUpdate(OrderType.ASK, e.getValue(), PAIR, e.getKey(), time, e.getValue()));
            }
            lastUpdateId = d.getLastUpdateId();
            applied++;
        }

        Result result() {
            return new Result(applied, top(book.getBids()), top(book.getAsks()));
        }

        private static List<Level> top(List<LimitOrder> side) {
            List<Level> out = new ArrayList<>();
            for (int i = 0; i < Math.min(20, side.size()); i++) {
                LimitOrder o = side.get(i);
                out.add(new Level(Scaled.of(o.getLimitPrice()), Scaled.of(o.getOriginalAmount())));
            }
            return out;
        }
    }
}
