package dev.osprey.binance;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance's time as we estimate it: our clock plus the offset measured against GET /api/v3/time. Signed requests
 * are stamped with it, so a local clock that drifts does not get every order refused with -1021.
 */
final class ServerClock {
    private static final Logger LOG = LoggerFactory.getLogger(ServerClock.class);

    private final Clock clock;
    private volatile long offsetMs;

    ServerClock(Clock clock) {
        this.clock = clock;
    }

    long nowMs() {
        return clock.millis() + offsetMs;
    }

    long localMs() {
        return clock.millis();
    }

    long offsetMs() {
        return offsetMs;
    }

    /** Measures the offset, taking the midpoint of the round trip as the moment Binance read its clock. */
    CompletableFuture<Long> sync(RestClient rest) {
        long sent = clock.millis();
        return rest.send(RestCall.get("/api/v3/time", 1), (api, auth) -> api.xchange.time()).thenApply(time -> {
            long received = clock.millis();
            long serverTime = time.getServerTime().getTime();
            offsetMs = serverTime - (sent + received) / 2;
            LOG.info("Binance server time offset {} ms (round trip {} ms)", offsetMs, received - sent);
            return offsetMs;
        });
    }
}
