package dev.osprey.binance.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The bundled Binance captures as raw JSON lines: each capture line is {@code <receive ns> <raw JSON>}, split at
 * the first space. Read once per JVM.
 */
public final class CaptureLines {
    public static final String BTC_0808 = "/osprey/data/binance-spot-btcusdt_20240808.hftbacktest-raw.gz";
    public static final String BTC_0809 = "/osprey/data/binance-spot-btcusdt_20240809.hftbacktest-raw.gz";
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private CaptureLines() {
    }

    public static List<String> of(String... resources) {
        List<String> all = new ArrayList<>();
        for (String r : resources) {
            all.addAll(CACHE.computeIfAbsent(r, CaptureLines::read));
        }
        return all;
    }

    /** The stream name of a combined-stream line, or null for a REST depth snapshot line. */
    static String streamOf(String json) {
        if (!json.startsWith("{\"stream\":\"")) {
            return null;
        }
        int start = 11;
        return json.substring(start, json.indexOf('"', start));
    }

    private static List<String> read(String resource) {
        try (InputStream raw = CaptureLines.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("capture not on the class path: " + resource);
            }
            String text = new String(new GZIPInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    out.add(line.substring(space + 1));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
