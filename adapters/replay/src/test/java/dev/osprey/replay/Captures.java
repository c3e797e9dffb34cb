package dev.osprey.replay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The bundled Binance captures and small hand-made ones. */
final class Captures {
    static final String BTC_0808 = "/osprey/data/binance-spot-btcusdt_20240808.hftbacktest-raw.gz";
    static final String BTC_0809 = "/osprey/data/binance-spot-btcusdt_20240809.hftbacktest-raw.gz";
    static final String ETH_0808 = "/osprey/data/binance-spot-ethusdt_20240808.hftbacktest-raw.gz";

    private Captures() {
    }

    /** The two BTCUSDT files: one gap-free stream of about 11 minutes. */
    static List<CaptureSource> btcElevenMinutes() {
        return List.of(CaptureSource.ofResource(BTC_0808), CaptureSource.ofResource(BTC_0809));
    }

    static List<String> lines(String resource) {
        try (InputStream in = new GZIPInputStream(CaptureSource.ofResource(resource).open())) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain-text capture held in memory; it can be reopened, so it also serves looping replays. */
    static CaptureSource plain(String name, List<String> lines) {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return CaptureSource.of(name, () -> new ByteArrayInputStream(bytes));
    }

    static byte[] gzip(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Feeds every message of the symbol to the synchroniser, as the replay feed does, then ends it. */
    static void replay(List<CaptureSource> sources, BookSynchronizer synchronizer) {
        feed(sources, synchronizer);
        synchronizer.end();
    }

    static void feed(List<CaptureSource> sources, BookSynchronizer synchronizer) {
        try (CaptureReader reader = new CaptureReader(sources)) {
            FeedMessage message;
            while ((message = reader.next()) != null) {
                if (message.symbol().equals(synchronizer.symbol())) {
                    synchronizer.onMessage(message);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Hand-made capture lines in the collector's format.

    static String diff(String symbol, long firstId, long lastId, long eventTimeMs, String bids, String asks) {
        return "1 {\"stream\":\"" + symbol.toLowerCase() + "@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":"
                + eventTimeMs + ",\"s\":\"" + symbol + "\",\"U\":" + firstId + ",\"u\":" + lastId
                + ",\"b\":[" + bids + "],\"a\":[" + asks + "]}}";
    }

    static String snapshot(long lastUpdateId, String bids, String asks) {
        return "1 {\"lastUpdateId\":" + lastUpdateId + ",\"bids\":[" + bids + "],\"asks\":[" + asks + "]}";
    }

    static String trade(String symbol, long tradeId, String price, String qty, long eventTimeMs) {
        return "1 {\"stream\":\"" + symbol.toLowerCase() + "@trade\",\"data\":{\"e\":\"trade\",\"E\":" + eventTimeMs
                + ",\"s\":\"" + symbol + "\",\"t\":" + tradeId + ",\"p\":\"" + price + "\",\"q\":\"" + qty
                + "\",\"T\":" + eventTimeMs + ",\"m\":true,\"M\":true}}";
    }

    static String bookTicker(String symbol, long updateId) {
        return "1 {\"stream\":\"" + symbol.toLowerCase() + "@bookTicker\",\"data\":{\"u\":" + updateId
                + ",\"s\":\"" + symbol + "\",\"b\":\"100.00\",\"B\":\"1.0\",\"a\":\"101.00\",\"A\":\"1.0\"}}";
    }

    static String level(String price, String qty) {
        return "[\"" + price + "\",\"" + qty + "\"]";
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
