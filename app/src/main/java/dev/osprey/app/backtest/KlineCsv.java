package dev.osprey.app.backtest;

import dev.osprey.core.strategy.Candle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Binance public-data klines CSV: {@code open_time,open,high,low,close,volume,close_time,...}, no header (a header
 * row is skipped when present). Times are ms, or µs as data.binance.vision writes spot files from 2025 on; both are
 * read as ms. A row not after the previous one (a repeat) is dropped; missing intervals are left missing.
 */
public final class KlineCsv {
    /** The bundled four years of BTCUSDT 1h klines (2022-01-01 to 2026-04-30, Binance spot). */
    public static final String BUNDLED = "/osprey/data/BTCUSDT-1h-2022-01-01_2026-04-30.csv";
    /** Anything above this is a µs timestamp: 1e14 ms is the year 5138. */
    private static final long MICROS_ABOVE = 100_000_000_000_000L;

    private KlineCsv() {
    }

    public static List<Candle> bundled(String symbol) throws IOException {
        InputStream in = KlineCsv.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IOException("bundled klines " + BUNDLED + " are not on the class path");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.US_ASCII)) {
            return read(r, symbol, BUNDLED);
        }
    }

    public static List<Candle> read(Path file, String symbol) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return read(r, symbol, file.toString());
        }
    }

    static List<Candle> read(Reader reader, String symbol, String source) throws IOException {
        List<Candle> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        long lastOpen = Long.MIN_VALUE;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            Candle c = parse(line, symbol, source, lineNo);
            if (c.openTimeMs() > lastOpen) {
                out.add(c);
                lastOpen = c.openTimeMs();
            }
        }
        return out;
    }

    private static Candle parse(String line, String symbol, String source, int lineNo) throws IOException {
        String[] f = line.trim().split("\\s*,\\s*", -1);
        if (f.length < 7) {
            throw new IOException(source + " line " + lineNo + ": expected at least 7 fields, got " + f.length);
        }
        try {
            return new Candle(symbol, millis(f[0]), millis(f[6]), new BigDecimal(f[1]), new BigDecimal(f[2]),
                    new BigDecimal(f[3]), new BigDecimal(f[4]), new BigDecimal(f[5]));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + " line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static long millis(String field) {
        long t = Long.parseLong(field);
        return t > MICROS_ABOVE ? t / 1000 : t;
    }
}
