package dev.osprey.core.breaker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A config that cannot work is refused at start-up, naming the trigger and what to fix. */
class BreakerConfigTest {

    @Test
    void whenDefaultsBuilt_thenProtectiveAndWatchSetsBothShip() {
        BreakerConfig d = BreakerConfig.defaults();

        assertEquals(9, d.triggers().size());
        assertEquals(DefaultTriggers.all(), d.triggers());
    }

    @Test
    void whenParsedFromText_thenSameAsTyped() {
        Trigger t = Trigger.parse("daily-loss", "daily_loss_pct", "1", "HALT_NEW_TRADES", "4h");

        assertEquals(DefaultTriggers.protective().get(0), t);
        assertEquals(Cooldown.untilClear(Duration.ofMinutes(5)), Cooldown.parse("until-clear:5m"));
        assertEquals(Cooldown.after(Duration.ofMinutes(90)), Cooldown.parse("PT1H30M"));
        assertEquals(Cooldown.untilReset(), Cooldown.parse("until-reset"));
    }

    @Test
    void whenLossWrittenNegative_thenRefusedSayingWriteItPositive() {
        refused(() -> Trigger.parse("watch", "DAILY_LOSS_PCT", "-5", "ALERT_ONLY", "4h"),
                "trigger 'watch'", "DAILY_LOSS_PCT", "written positive", "-5");
    }

    @Test
    void whenThresholdOutOfRange_thenRefused() {
        refused(() -> Trigger.parse("c", "CORRELATION", "1.5", "CLOSE_CORRELATED", "2h"), "at most 1", "1.5");
        refused(() -> Trigger.parse("s", "CONSECUTIVE_LOSSES", "2.5", "ALERT_ONLY", "1h"), "whole number");
        refused(() -> Trigger.parse("e", "API_ERROR_RATE", "5", "PAUSE_TRADING", "1h"), "0.05 means 5 %");
        refused(() -> Trigger.parse("l", "API_LATENCY_MS", "0", "PAUSE_TRADING", "1h"), "above 0");
        refused(() -> Trigger.parse("d", "DRAWDOWN_PCT", "", "CLOSE_ALL_POSITIONS", "24h"), "needs a threshold");
        refused(() -> Trigger.parse("d", "DRAWDOWN_PCT", "three", "CLOSE_ALL_POSITIONS", "24h"), "not a number");
        refused(() -> Trigger.parse("m", "MANUAL", "1", "IMMEDIATE_STOP", "until-reset"), "takes no threshold");
    }

    @Test
    void whenConditionUnknown_thenRefusedListingKnownOnes() {
        refused(() -> Trigger.parse("x", "DAILY_LOSS", "1", "HALT_NEW_TRADES", "4h"),
                "trigger 'x'", "condition 'DAILY_LOSS' is unknown", "DAILY_LOSS_PCT", "CORRELATION");
    }

    @Test
    void whenActionUnknown_thenRefusedListingKnownOnes() {
        refused(() -> Trigger.parse("x", "DAILY_LOSS_PCT", "1", "PANIC", "4h"), "action 'PANIC'", "REDUCE_ONLY");
    }

    @Test
    void whenActionDoesNotFitCondition_thenRefused() {
        refused(() -> Trigger.parse("x", "DAILY_LOSS_PCT", "1", "HALT_VENUE", "4h"), "per-venue condition");
        refused(() -> Trigger.parse("x", "DRAWDOWN_PCT", "3", "CLOSE_CORRELATED", "4h"), "CORRELATION");
        refused(() -> Trigger.parse("x", "DRAWDOWN_PCT", "3", "IMMEDIATE_STOP", "4h"), "until-reset");
        refused(() -> Trigger.parse("x", "MANUAL", "", "PAUSE_TRADING", "until-clear"), "never reads clear");
    }

    @Test
    void whenCooldownUnreadable_thenRefused() {
        refused(() -> Trigger.parse("x", "DAILY_LOSS_PCT", "1", "HALT_NEW_TRADES", "soon"), "trigger 'x'",
                "cooldown 'soon'");
        refused(() -> Trigger.parse("x", "DAILY_LOSS_PCT", "1", "HALT_NEW_TRADES", "0s"), "positive time");
        refused(() -> Trigger.parse("x", "DAILY_LOSS_PCT", "1", "HALT_NEW_TRADES", null), "needs a cooldown");
    }

    @Test
    void whenConfigInconsistent_thenRefused() {
        List<Trigger> twice = List.of(DefaultTriggers.protective().get(0), DefaultTriggers.protective().get(0));
        Duration w = Duration.ofMinutes(30);
        BigDecimal q = new BigDecimal("0.25");

        refused(() -> new BreakerConfig(twice, q, 3, w, null, 20), "configured twice");
        refused(() -> new BreakerConfig(List.of(), BigDecimal.ZERO, 3, w, null, 20), "probe size factor");
        refused(() -> new BreakerConfig(List.of(), new BigDecimal("1.5"), 3, w, null, 20), "probe size factor");
        refused(() -> new BreakerConfig(List.of(), q, -1, w, null, 20), "probe orders");
        refused(() -> new BreakerConfig(List.of(), q, 3, Duration.ZERO, null, 20), "probe window");
        refused(() -> new BreakerConfig(List.of(), q, 3, w, BigDecimal.ZERO, 20), "target volatility");
        refused(() -> new BreakerConfig(List.of(), q, 3, w, null, 2), "at least 3 samples");
    }

    private static void refused(Executable build, String... mustSay) {
        BreakerConfigException e = assertThrows(BreakerConfigException.class, build);
        for (String s : mustSay) {
            assertTrue(e.getMessage().contains(s), "'" + e.getMessage() + "' should say '" + s + "'");
        }
    }
}
