package dev.osprey.app.script;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.BracketSpec;
import dev.osprey.paper.PaperAccountConfig;
import dev.osprey.paper.PaperLatency;
import dev.osprey.replay.CaptureSource;
import dev.osprey.replay.ReplayRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a paper script over a capture with the config's instruments, risk limits and paper account. */
public final class PaperRun {
    private PaperRun() {
    }

    /**
     * @param makerBps fee override in bps, or null for the config's
     * @param takerBps fee override in bps, or null for the config's
     * @param latencyMs submit, cancel and report latency in ms of market time, or null for the config's
     * @param dataDir   where the session's journal and audit trail go (DIR/journal), or null for none
     */
    public static void run(OspreyConfig cfg, List<Path> captures, Optional<String> symbol, Path scriptFile,
                           BigDecimal makerBps, BigDecimal takerBps, Long latencyMs, Path dataDir, PrintStream out)
            throws IOException, ScriptException {
        String sym = symbol.orElse(cfg.ui().symbol());
        OspreyConfig.Bracket b = cfg.oms().bracket();
        List<ScriptLine> script = new PaperScript(sym, new BracketSpec(b.stopLossPercent(), b.takeProfitPercent(),
                b.trailArmPercent(), "-", "-")).read(scriptFile);
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        cfg.instruments().forEach(i -> instruments.put(i.symbol(), i));
        if (!instruments.containsKey(sym)) {
            throw new ScriptException("symbol " + sym + " is not among the configured instruments "
                    + instruments.keySet());
        }
        PaperLatency latency = latencyMs == null ? cfg.paper().latency()
                : new PaperLatency(latencyMs, latencyMs, latencyMs);
        PaperAccountConfig account = new PaperAccountConfig(makerBps != null ? makerBps : cfg.paper().makerFeeBps(),
                takerBps != null ? takerBps : cfg.paper().takerFeeBps(), cfg.paper().balances(), latency);
        EventPrinter printer = new EventPrinter(out);
        try (SessionJournal journal = dataDir == null ? null : SessionJournal.open(dataDir)) {
            ScriptedPaperSession session = new ScriptedPaperSession(instruments, account, cfg.engineSettings(),
                    script, printer, journal);
            ReplayRunner.stream(CaptureSource.ofPaths(captures), Optional.of(sym), session::onMarketEvent);
            session.finish();
            printer.summary(session.engine().snapshot(0, 0, 1));
        }
    }
}
