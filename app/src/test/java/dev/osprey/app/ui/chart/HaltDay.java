package dev.osprey.app.ui.chart;

import dev.osprey.app.backtest.KlineCsv;
import dev.osprey.core.strategy.Candle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** 2023-03-24 in the shared 1h klines: Binance spot halted trading, so there is no 13:00 candle. */
final class HaltDay {
    static final long DAY = 1_679_616_000_000L;
    static final long HALT = 1_679_662_800_000L;
    static final long HOUR = 3_600_000L;
    private static final String FILE = "BTCUSDT-1h-2022-01-01_2026-04-30.csv";

    private HaltDay() {
    }

    static List<Candle> candles() throws IOException {
        return KlineCsv.read(shared(FILE), "BTCUSDT").stream()
                .filter(c -> c.openTimeMs() >= DAY && c.openTimeMs() < DAY + 24 * HOUR).toList();
    }

    /** Finds {@code shared/data/NAME} beside the project root, from whichever directory the tests run in. */
    static Path shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/" + name + " not found");
    }
}
