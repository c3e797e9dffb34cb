package dev.osprey.app.script;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.MarketEvent;
import dev.osprey.paper.PaperAccountConfig;
import dev.osprey.paper.PaperMatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A paper session on one thread: the replayed market, the script, the engine (OMS and risk) and the paper matcher
 * take turns, so the same capture, config and script always give the same events. The engine and matcher are the
 * window's own classes; only the threads are gone.
 */
final class ScriptedPaperSession {
    private final EngineState engine;
    private final SyncPaperEntry venue;
    private final OrderGate gate;
    private final List<ScriptLine> script;
    private int nextLine;
    private long firstEventMs = -1;

    private final SessionJournal journal;

    /** {@code journal} may be null (no data directory given). */
    ScriptedPaperSession(Map<String, Instrument> instruments, PaperAccountConfig account, EngineSettings settings,
                         List<ScriptLine> script, EventPrinter printer, SessionJournal journal) {
        this.journal = journal;
        this.gate = new OrderGate();
        this.venue = new SyncPaperEntry(new PaperMatcher(account, List.copyOf(instruments.values())));
        this.engine = new EngineState(instruments, venue, gate, () -> 0L, settings);
        this.script = new ArrayList<>(script);
        engine.addOrderListener((before, after) -> {
            printer.order(after);
            if (journal != null) {
                journal.order(before, after);
            }
        });
        engine.addFillListener(printer::fill);
        handle(new EngineMessage.StartupState(SyncPaperEntry.VENUE, venue.state()));
    }

    /** Applies the script lines due by this event's time, then the event itself. */
    void onMarketEvent(MarketEvent event) {
        if (firstEventMs < 0 && event.eventTimeMs() > 0) {
            firstEventMs = event.eventTimeMs();
            script.sort(Comparator.comparingLong((ScriptLine l) -> l.dueAt(firstEventMs))
                    .thenComparingInt(ScriptLine::lineNo));
        }
        while (firstEventMs >= 0 && nextLine < script.size()
                && script.get(nextLine).dueAt(firstEventMs) <= event.eventTimeMs()) {
            apply(script.get(nextLine++));
        }
        venue.market(event);
        venue.drainInto(this::handle);
        handle(new EngineMessage.MarketData(event));
        venue.drainInto(this::handle);
    }

    /** Lines due after the capture's last event still run, at its end. */
    void finish() {
        while (nextLine < script.size()) {
            apply(script.get(nextLine++));
        }
    }

    EngineState engine() {
        return engine;
    }

    private void apply(ScriptLine line) {
        switch (line.action()) {
            case KILL:
                gate.halt("script", "kill at line " + line.lineNo(), engine.now());
                if (journal != null) {
                    journal.killSwitch(engine.now(), "kill at line " + line.lineNo());
                }
                handle(new Command.Halt("script", "kill at line " + line.lineNo()));
                break;
            case REARM:
                gate.rearm("script", "rearm at line " + line.lineNo(), engine.now());
                handle(new Command.Rearm("script", "rearm at line " + line.lineNo()));
                break;
            default:
                handle(line.command());
        }
        venue.drainInto(this::handle);
    }

    /** Journals the message (when there is a journal) before the engine applies it. */
    private void handle(EngineMessage m) {
        if (journal != null) {
            journal.message(engine.now(), m);
        }
        engine.handle(m);
    }
}
