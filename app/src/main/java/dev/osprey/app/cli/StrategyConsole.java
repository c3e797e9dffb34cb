package dev.osprey.app.cli;

import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.ValidationCriteria;
import dev.osprey.core.mode.ValidationReport;
import dev.osprey.core.strategy.MaCrossConfig;
import dev.osprey.core.strategy.MovingAverageCross;
import dev.osprey.core.strategy.StrategyExecutor;
import dev.osprey.core.strategy.StrategyStatus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The strategy window's actions as text commands, one per line: {@code start SYMBOL FAST SLOW [SIZE]},
 * {@code stop NAME}, {@code list}, {@code report NAME}, {@code wait SECONDS}, {@code quit}. A bad line prints
 * {@code error: ...} and changes nothing. At the end every running strategy is stopped and the list printed.
 */
final class StrategyConsole {
    private final StrategyExecutor executor;
    private final BigDecimal capital;
    private final ValidationCriteria criteria;
    private final PrintStream out;

    StrategyConsole(StrategyExecutor executor, BigDecimal capital, ValidationCriteria criteria, PrintStream out) {
        this.executor = executor;
        this.capital = capital;
        this.criteria = criteria;
        this.out = out;
    }

    void run(BufferedReader in) throws IOException, InterruptedException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] w = line.trim().split("\\s+");
            if (w[0].isEmpty() || w[0].startsWith("#")) {
                continue;
            }
            if ("quit".equals(w[0])) {
                break;
            }
            try {
                apply(w);
            } catch (IllegalArgumentException e) {
                out.println("error: " + e.getMessage());
            }
        }
        for (StrategyStatus s : executor.list()) {
            if (s.state() == StrategyStatus.State.RUNNING) {
                executor.stop(s.name(), "session ended");
            }
        }
        list();
    }

    private void apply(String[] w) throws InterruptedException {
        switch (w[0]) {
            case "start" -> start(w);
            case "stop" -> {
                need(w, 2, "stop NAME");
                executor.stop(w[1], "stopped from the command line");
                out.println("stopped " + w[1]);
            }
            case "list" -> list();
            case "report" -> {
                need(w, 2, "report NAME");
                ValidationReport r = ValidationReport.evaluate(executor.record(w[1]), criteria);
                for (CriterionResult c : r.results()) {
                    out.println(w[1] + " " + c.text());
                }
                out.println(w[1] + " report " + (r.passed() ? "passes" : "fails"));
            }
            case "wait" -> {
                need(w, 2, "wait SECONDS");
                Thread.sleep((long) (Double.parseDouble(w[1]) * 1000));
            }
            default -> throw new IllegalArgumentException("unknown command '" + w[0]
                    + "'; known: start, stop, list, report, wait, quit");
        }
    }

    private void start(String[] w) {
        if (w.length < 4 || w.length > 5) {
            throw new IllegalArgumentException("usage: start SYMBOL FAST SLOW [SIZE]");
        }
        MaCrossConfig c;
        try {
            c = new MaCrossConfig(w[1].toUpperCase(Locale.ROOT), Integer.parseInt(w[2]), Integer.parseInt(w[3]),
                    w.length == 5 ? new BigDecimal(w[4]) : new BigDecimal("0.95"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("FAST and SLOW are whole numbers of candles, SIZE a fraction: "
                    + String.join(" ", w));
        }
        String name = "ma-" + c.symbol() + "-" + c.fastPeriod() + "-" + c.slowPeriod();
        executor.start(name, new MovingAverageCross(c), capital);
        out.println("started " + name);
    }

    private void list() {
        for (StrategyStatus s : executor.list()) {
            out.printf(Locale.ROOT, "%s %s orders=%d trades=%d net=%s%s%n", s.name(), s.state(), s.ordersSent(),
                    s.trades(), s.netPnl().stripTrailingZeros().toPlainString(),
                    s.lastError().isEmpty() ? "" : " error=" + s.lastError());
        }
    }

    private static void need(String[] w, int n, String usage) {
        if (w.length != n) {
            throw new IllegalArgumentException("usage: " + usage);
        }
    }
}
