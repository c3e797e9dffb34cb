package dev.osprey.replay;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/** One pass over a capture: each message goes to its symbol's synchroniser once the pacer says it is due. */
final class ReplayPass {

    /** The synchroniser for a symbol, or null when nobody asked for it. */
    @FunctionalInterface
    interface Router {
        BookSynchronizer route(String symbol);
    }

    private final Router router;
    private final Pacer pacer;
    private final ReplayClock clock;

    ReplayPass(Router router, Pacer pacer, ReplayClock clock) {
        this.router = router;
        this.pacer = pacer;
        this.clock = clock;
    }

    /** Runs until the capture ends or {@code keepGoing} turns false; returns how many messages were routed. */
    long run(CaptureReader reader, BooleanSupplier keepGoing) throws IOException, InterruptedException {
        long routed = 0;
        String lastSymbol = null;
        BookSynchronizer lastTarget = null;
        FeedMessage message;
        while (keepGoing.getAsBoolean() && (message = reader.next()) != null) {
            // The reader hands out one String per symbol, so an identity check skips the lookup almost always.
            if (message.symbol != lastSymbol) {
                lastSymbol = message.symbol;
                lastTarget = router.route(lastSymbol);
            }
            if (lastTarget == null) {
                continue;
            }
            pacer.awaitEventTime(message.eventTimeMs);
            clock.advance(message.eventTimeMs);
            lastTarget.onMessage(message);
            routed++;
        }
        return routed;
    }
}
