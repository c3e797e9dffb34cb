package dev.osprey.replay;

import java.util.function.Consumer;
import org.slf4j.Logger;

/** Logs skipped lines, but stops after a hundred so a wrong file cannot flood the log; the count stays exact. */
final class MalformedLineLog implements Consumer<MalformedLine> {
    private static final int LOG_LIMIT = 100;

    private final Logger log;
    private int logged;

    MalformedLineLog(Logger log) {
        this.log = log;
    }

    @Override
    public void accept(MalformedLine line) {
        if (logged < LOG_LIMIT) {
            log.warn(line.describe());
        } else if (logged == LOG_LIMIT) {
            log.warn("more than {} malformed lines in capture {}; counting the rest without logging them",
                    LOG_LIMIT, line.source());
        }
        logged++;
    }
}
