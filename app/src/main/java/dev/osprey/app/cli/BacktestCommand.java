package dev.osprey.app.cli;

import dev.osprey.app.backtest.KlineCsv;
import dev.osprey.app.backtest.Rehearsal;
import dev.osprey.app.backtest.RehearsalJson;
import dev.osprey.app.backtest.RehearsalSettings;
import dev.osprey.app.config.ConfigException;
import dev.osprey.app.config.ConfigLoader;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.strategy.Candle;
import dev.osprey.core.strategy.MaCrossConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** The MA-cross rehearsal: plain backtest and paper path on the same klines, each judged, then compared. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Run the moving-average cross over 1h klines twice, as a plain backtest (fills at the next "
                + "candle's open) and through the paper path (engine, pre-trade risk, paper matcher), and print "
                + "each validation report as a JSON line; the last line compares the two.")
public final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--klines", description = "Binance klines CSV (default: the bundled BTCUSDT 1h, 2022-2026)")
    Path klines;

    @Option(names = "--symbol", defaultValue = "BTCUSDT",
            description = "symbol of the klines (default: ${DEFAULT-VALUE})")
    String symbol;

    @Option(names = "--fast", defaultValue = "20",
            description = "fast moving average, candles (default: ${DEFAULT-VALUE})")
    int fast;

    @Option(names = "--slow", defaultValue = "50",
            description = "slow moving average, candles (default: ${DEFAULT-VALUE})")
    int slow;

    @Option(names = "--size", defaultValue = "0.95",
            description = "share of cash each buy spends (default: ${DEFAULT-VALUE})")
    BigDecimal size;

    @Option(names = "--fee-bps", defaultValue = "10",
            description = "fee per fill, bps of notional (default: ${DEFAULT-VALUE})")
    BigDecimal feeBps;

    @Option(names = "--capital", defaultValue = "10000",
            description = "starting cash, quote currency (default: ${DEFAULT-VALUE})")
    BigDecimal capital;

    @Option(names = "--min-days", defaultValue = "7",
            description = "minimum days of the record (default: ${DEFAULT-VALUE})")
    double minDays;

    @Option(names = "--min-trades", defaultValue = "10",
            description = "minimum closed trades (default: ${DEFAULT-VALUE})")
    int minTrades;

    @Override
    public Integer call() {
        try {
            String sym = symbol.toUpperCase(Locale.ROOT);
            Instrument ins = ConfigLoader.loadDefault().instrument(sym);
            RehearsalSettings settings = new RehearsalSettings(ins, capital, feeBps,
                    new MaCrossConfig(sym, fast, slow, size),
                    ValidationCriteria.defaults().withMinDays(minDays).withMinTrades(minTrades));
            List<Candle> candles = klines == null ? KlineCsv.bundled(sym) : KlineCsv.read(klines, sym);
            if (candles.isEmpty()) {
                System.err.println("osprey backtest: no klines in " + (klines == null ? KlineCsv.BUNDLED : klines));
                return 1;
            }
            Rehearsal r = Rehearsal.run(candles, settings);
            RehearsalJson.lines(r, settings).forEach(System.out::println);
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("osprey backtest: no such file: " + e.getFile());
            return 1;
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("osprey backtest: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("osprey backtest: " + e.getMessage());
            return 1;
        }
    }
}
