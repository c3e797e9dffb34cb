package dev.osprey.binance;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds sending back after Binance said stop. A 429 or 418 pauses every REST call until its Retry-After (the
 * ban is per IP, so market-data snapshots wait too); a refused signature or key stops signed calls for good,
 * because every further signed call would fail the same way and count against the limits.
 */
final class SendGate {
    private static final Logger LOG = LoggerFactory.getLogger(SendGate.class);

    private final List<VenueAlertListener> alerts = new CopyOnWriteArrayList<>();
    private volatile long pausedUntilMs;
    private volatile String pauseReason = "";
    private volatile String haltReason;

    void onAlert(VenueAlertListener listener) {
        alerts.add(listener);
    }

    /** Why a call may not be sent now, or null when it may. */
    BinanceApiException refusal(boolean signed, long nowMs) {
        if (signed && haltReason != null) {
            return BinanceApiException.local(ApiErrorKind.HALTED, haltReason);
        }
        long until = pausedUntilMs;
        if (nowMs < until) {
            return BinanceApiException.local(ApiErrorKind.PAUSED, "sending paused for another "
                    + ((until - nowMs + 999) / 1000) + " s until " + Instant.ofEpochMilli(until) + " (" + pauseReason
                    + ")");
        }
        return null;
    }

    void pause(long untilMs, String reason, long nowMs) {
        synchronized (this) {
            if (untilMs <= pausedUntilMs) {
                return;
            }
            pausedUntilMs = untilMs;
            pauseReason = reason;
        }
        LOG.warn("Binance asked us to back off: {}; no REST call is sent until {}", reason, Instant.ofEpochMilli(untilMs));
        raise(new VenueAlert(VenueAlert.Kind.SENDING_PAUSED, reason + "; sending paused until "
                + Instant.ofEpochMilli(untilMs), nowMs));
    }

    void halt(String reason, long nowMs) {
        synchronized (this) {
            if (haltReason != null) {
                return;
            }
            haltReason = reason;
        }
        LOG.error("Trading on Binance stopped: {}", reason);
        raise(new VenueAlert(VenueAlert.Kind.TRADING_STOPPED, reason, nowMs));
    }

    /** A new key is a new chance: the halt the old key caused is lifted (a pause for rate limits stays). */
    void clearHalt(String why, long nowMs) {
        String was;
        synchronized (this) {
            was = haltReason;
            haltReason = null;
        }
        if (was != null) {
            LOG.warn("Trading on Binance may resume: {}", why);
            raise(new VenueAlert(VenueAlert.Kind.TRADING_RESUMED, why, nowMs));
        }
    }

    boolean halted() {
        return haltReason != null;
    }

    long pausedUntilMs() {
        return pausedUntilMs;
    }

    void raise(VenueAlert alert) {
        for (VenueAlertListener l : alerts) {
            try {
                l.onAlert(alert);
            } catch (RuntimeException e) {
                LOG.error("alert listener failed on {}", alert.kind(), e);
            }
        }
    }
}
