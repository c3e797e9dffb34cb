package dev.osprey.core.recovery;

import dev.osprey.core.engine.Restorable;
import dev.osprey.core.engine.Recorded;
import dev.osprey.core.engine.RestorableState;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.Recovery;
import dev.osprey.core.order.Order;

/**
 * A restart: the engine gets back what the journal recorded, the newest snapshot and then each recorded change
 * after it, before its thread starts. Commands and venue events in the journal are history, not replayed: the
 * decisions they led to are in the records, so nothing is decided again.
 */
public final class DeskRecovery {
    private DeskRecovery() {
    }

    public static Restored restore(JournalDatabase db, JournalCodec codec, Restorable engine) {
        long t0 = System.nanoTime();
        long[] applied = {0};
        Recovery.Outcome outcome = new Recovery(db, codec).recover(snapshot -> {
            RestorableState s = codec.fromBytes(snapshot.state(), RestorableState.class);
            engine.restore(s);
        }, entry -> {
            if (entry.message() instanceof Recorded r) {
                engine.restore(r);
                applied[0]++;
            }
        });
        RestorableState s = engine.restored();
        long working = s.orders().stream().filter(Order::isWorking).count();
        long open = s.positions().stream().filter(p -> !p.isFlat()).count();
        return new Restored(s, s.orders().size(), working, open, outcome.snapshot().isPresent(),
                outcome.replayed(), applied[0], (System.nanoTime() - t0) / 1_000_000);
    }

    /** What a restart brought back, as the window and the log tell it. */
    public record Restored(RestorableState state, int orders, long working, long openPositions, boolean fromSnapshot, long entriesRead,
                           long changesApplied, long millis) {
        /** No order and no open position came back: nothing the trader needs to be told about. */
        public boolean isEmpty() {
            return orders == 0 && openPositions == 0;
        }

        public String summary() {
            return isEmpty() ? "Nothing to restore (" + entriesRead + " journal entries read)"
                    : "Restored " + orders + " order(s), " + working + " working, " + openPositions
                    + " open position(s) from the journal (" + (fromSnapshot ? "snapshot + " : "") + entriesRead
                    + " entries) in " + millis + " ms";
        }
    }

}
