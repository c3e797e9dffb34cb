package dev.osprey.core.recovery;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.gate.TradingState;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restarting the workstation is no way around the emergency stop: a halted desk comes back halted. */
class HaltSurvivesRestartTest {
    @TempDir
    Path dir;

    /** As the kill switch does it: the gate first, then the engine. */
    private static void rearm(EngineState engine, OrderGate gate) {
        gate.rearm("trader", "checked the positions", 1_500L);
        engine.handle(new Command.Rearm("trader", "checked the positions"));
    }

    private void session(java.util.function.BiConsumer<EngineState, OrderGate> trader) {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            JournalWriter writer = JournalWriter.start(db, new JournalCodec());
            OrderGate gate = new OrderGate();
            EngineState engine = new EngineState(Map.of("BTCUSDT", RandomDesk.BTC), new RecordingEntry(), "paper",
                    gate, () -> 1_000L, EngineSettings.defaults(),
                    new DeskJournal(writer, "paper", "PAPER", 1_000), m -> { });
            trader.accept(engine, gate);
            writer.close();
        }
    }

    private OrderGate restart() {
        OrderGate gate = new OrderGate();
        EngineState fresh = new EngineState(Map.of("BTCUSDT", RandomDesk.BTC), RandomDesk.NO_SENDS, "paper", gate,
                () -> 2_000L, EngineSettings.defaults(), EngineJournal.NONE, m -> { });
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            DeskRecovery.restore(db, new JournalCodec(), fresh);
        }
        return gate;
    }

    @Test
    void aHaltedDeskRestartsHaltedAndARearmedOneArmed() {
        session((e, g) -> e.handle(new Command.Halt("trader", "STOP pressed")));

        OrderGate gate = restart();

        assertEquals(TradingState.HALTED, gate.state());
        assertEquals("trader", gate.lastChange().who());
        assertTrue(gate.lastChange().why().contains("still halted after a restart"), gate.lastChange().why());
        assertTrue(gate.checkNewOrder().isPresent(), "new orders refused");

        session((e, g) -> {
            e.handle(new Command.Halt("trader", "STOP pressed"));
            rearm(e, g);
        });
        assertEquals(TradingState.ACTIVE, restart().state());
    }
}
