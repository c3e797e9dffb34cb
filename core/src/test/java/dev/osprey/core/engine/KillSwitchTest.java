package dev.osprey.core.engine;

import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KillSwitchTest {

    @Test
    void whenOneVenueHangs_thenGateClosedAtOnce_otherVenueCancels_andHungOneReported() throws Exception {
        OrderGate gate = new OrderGate();
        RecordingOrderEntry hung = new RecordingOrderEntry(new CompletableFuture<>());
        RecordingOrderEntry healthy = new RecordingOrderEntry(CompletableFuture.completedFuture(3));
        try (Engine engine = new Engine(Map.of(), new FakeVenue(healthy), gate, () -> 0L)) {
            KillSwitch kill = new KillSwitch(gate, engine, Map.of("hung", hung, "healthy", healthy),
                    Duration.ofMillis(200), () -> 0L);

            CompletableFuture<KillSwitch.Report> done = kill.engage("trader", "drill");

            assertEquals(TradingState.HALTED, gate.state(), "gate must be closed when engage returns");
            KillSwitch.Report report = done.get(5, TimeUnit.SECONDS);
            assertEquals(3, report.cancelled());
            assertEquals(List.of("hung"), report.timedOut());
            assertTrue(report.failed().isEmpty());
        }
    }

    @Test
    void whenRearmTextIsWrong_thenStaysHalted() {
        OrderGate gate = new OrderGate();
        RecordingOrderEntry entry = new RecordingOrderEntry(CompletableFuture.completedFuture(0));
        try (Engine engine = new Engine(Map.of(), new FakeVenue(entry), gate, () -> 0L)) {
            KillSwitch kill = new KillSwitch(gate, engine, Map.of("paper", entry), Duration.ofSeconds(1), () -> 0L);
            kill.engage("trader", "drill");

            assertFalse(kill.rearm("rearm", "trader", "typo"));
            assertEquals(TradingState.HALTED, gate.state());
            assertTrue(kill.rearm(KillSwitch.REARM_PHRASE, "trader", "all clear"));
            assertEquals(TradingState.ACTIVE, gate.state());
        }
    }
}
