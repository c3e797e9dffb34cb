package dev.osprey.core.engine;

import dev.osprey.core.market.TradePrint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueProbeTest {
    private static EngineMessage trade(long id) {
        return new EngineMessage.MarketData(new TradePrint("BTCUSDT", id, 1, 1, false, id, id));
    }

    @Test
    void whenAMessageIsInFlight_thenOthersAreNotTimed_untilItIsApplied() {
        QueueProbe probe = new QueueProbe();
        EngineMessage first = trade(1);
        EngineMessage second = trade(2);
        EngineMessage third = trade(3);

        probe.enqueued(first);
        probe.enqueued(second);

        assertEquals(-1, probe.applied(second), "only the first was tagged");
        assertTrue(probe.applied(first) >= 0);
        probe.enqueued(third);
        assertTrue(probe.applied(third) >= 0, "a new one is tagged once the first is through");
    }
}
