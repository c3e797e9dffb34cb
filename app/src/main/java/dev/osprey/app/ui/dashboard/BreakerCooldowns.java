package dev.osprey.app.ui.dashboard;

import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.breaker.BreakerState;
import dev.osprey.core.breaker.BreakerStatus;
import dev.osprey.core.breaker.Cooldown;
import dev.osprey.core.breaker.Trigger;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** How long an open breaker has left before it half-opens, from its trigger's cooldown and when it opened. */
final class BreakerCooldowns {
    private final Map<String, Cooldown> byTrigger = new HashMap<>();

    BreakerCooldowns(BreakerConfig config) {
        if (config != null) {
            for (Trigger t : config.triggers()) {
                byTrigger.put(t.name(), t.cooldown());
            }
        }
    }

    /** "3m 20s left", "until re-armed", "until clear", or "" when the breaker is not open. */
    String left(BreakerStatus b, long engineNowMs) {
        Cooldown c = byTrigger.get(b.trigger());
        if (b.state() != BreakerState.OPEN || c == null) {
            return "";
        }
        if (c.release() == Cooldown.Release.BY_TRADER) {
            return "until re-armed";
        }
        long leftMs = c.min().toMillis() - Math.max(0, engineNowMs - b.sinceMs());
        if (leftMs <= 0) {
            return c.release() == Cooldown.Release.WHEN_CLEAR ? "until clear" : "half-opening";
        }
        return DashFormat.duration(Duration.ofMillis(leftMs)) + " left";
    }
}
