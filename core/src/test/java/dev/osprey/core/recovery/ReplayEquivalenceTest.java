package dev.osprey.core.recovery;

import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.EngineSettings;
import dev.osprey.core.engine.EngineState;
import dev.osprey.core.engine.RestorableState;
import dev.osprey.core.gate.OrderGate;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay equivalence: the state a restart rebuilds from the journal (snapshot + tail) equals the state the engine
 * had when it stopped, field by field: every order, position, balance, recent fill and pending bracket.
 */
class ReplayEquivalenceTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20261123})
    void stateRebuiltFromTheJournalEqualsTheStateBeforeShutdown(long seed) {
        JournalCodec codec = new JournalCodec();
        RestorableState before;
        int snapshotEvery = 97;
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            JournalWriter writer = JournalWriter.start(db, codec);
            RandomDesk desk = new RandomDesk(seed, new DeskJournal(writer, "paper", "PAPER", snapshotEvery));
            desk.run(400);
            before = desk.engine.restorable();
            writer.close();
        }
        assertTrue(before.orders().size() > 100, "a session worth restoring: " + before.orders().size());
        assertTrue(before.orders().stream().anyMatch(o -> o.status() == OrderStatus.PARTIALLY_FILLED
                || o.status() == OrderStatus.FILLED), "the session has fills (seed " + seed + ")");

        EngineState fresh = new EngineState(Map.of("BTCUSDT", RandomDesk.BTC), RandomDesk.NO_SENDS, "paper", new OrderGate(),
                () -> 0L, EngineSettings.defaults(), EngineJournal.NONE, m -> { });
        DeskRecovery.Restored restored;
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            restored = DeskRecovery.restore(db, codec, fresh);
        }
        RestorableState after = restored.state();

        assertTrue(restored.fromSnapshot(), "restored from a snapshot plus the tail");
        assertEquals(before.orders().size(), after.orders().size(), "order count (seed " + seed + ")");
        for (int i = 0; i < before.orders().size(); i++) {
            Order b = before.orders().get(i);
            assertEquals(b, after.orders().get(i), "order " + b.clientOrderId() + " (seed " + seed + ")");
        }
        assertEquals(before.positions(), after.positions(), "positions (seed " + seed + ")");
        assertEquals(before.balances(), after.balances(), "balances (seed " + seed + ")");
        assertEquals(before.recentFills(), after.recentFills(), "recent fills (seed " + seed + ")");
        assertEquals(before.pendingBrackets(), after.pendingBrackets(), "pending brackets (seed " + seed + ")");
        assertEquals(before, after);
    }
}
