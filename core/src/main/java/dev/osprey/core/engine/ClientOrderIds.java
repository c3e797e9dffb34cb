package dev.osprey.core.engine;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Client order ids unique across sessions: a session prefix (start time, base 36) plus a sequence. They fit
 * Binance's rule (1-36 characters of letters, digits, '-' and '_').
 */
public final class ClientOrderIds {
    private final String prefix;
    private final AtomicLong seq = new AtomicLong();

    public ClientOrderIds(long sessionStartMs) {
        this.prefix = "osp-" + Long.toString(sessionStartMs, 36) + "-";
    }

    public String next() {
        return prefix + seq.incrementAndGet();
    }
}
