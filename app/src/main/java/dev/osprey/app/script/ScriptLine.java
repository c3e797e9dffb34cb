package dev.osprey.app.script;

import dev.osprey.core.engine.Command;

/**
 * One line of a paper script, ready to apply: when (ms since the capture's first event, or an exchange time),
 * and what. {@code kill} and {@code rearm} are not engine commands: they go through the gate and kill switch.
 */
record ScriptLine(int lineNo, Long atMs, Long exchangeTimeMs, Command command, Action action) {

    enum Action { COMMAND, KILL, REARM }

    /** The exchange time at which this line applies, given the capture's first event time. */
    long dueAt(long firstEventMs) {
        return exchangeTimeMs != null ? exchangeTimeMs : firstEventMs + atMs;
    }
}
