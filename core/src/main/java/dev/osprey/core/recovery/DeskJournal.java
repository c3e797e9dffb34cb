package dev.osprey.core.recovery;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import dev.osprey.core.audit.AuditTrail;
import dev.osprey.core.breaker.BreakerEvent;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineJournal;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.engine.Recorded;
import dev.osprey.core.engine.RestorableState;
import dev.osprey.core.journal.JournalEntry;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.journal.StateRow;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.portfolio.Portfolio;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.venue.Balance;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The desk's journal: every command and venue event the engine applies and every change it records go to the
 * event journal (group commit, one fsync per batch); the read-model tables (orders, fills, positions, balances,
 * trading state) follow; each decision gets a hash-chained audit record; and every {@code snapshotEvery} entries
 * the engine's restorable state is snapshotted so a restart replays only the tail.
 *
 * <p>Called on the engine thread only; nothing here blocks it.
 */
public final class DeskJournal implements EngineJournal {
    public static final int SNAPSHOT_EVERY = 50_000;

    private final JournalWriter writer;
    private final AuditTrail audit;
    private final String venue;
    private final String mode;
    private final int snapshotEvery;
    /** Positions as booked, mirrored to write the positions table row by row. */
    private final Portfolio positions = new Portfolio();
    private long sinceSnapshot;

    public DeskJournal(JournalWriter writer, String venue, String mode, int snapshotEvery) {
        this.writer = writer;
        this.audit = new AuditTrail(writer);
        this.venue = venue;
        this.mode = mode;
        this.snapshotEvery = snapshotEvery;
    }

    /** Continues the positions mirror from the restored state, so the table keeps adding up after a restart. */
    public void restoredFrom(RestorableState state) {
        state.positions().forEach(positions::restore);
    }

    @Override
    public CompletableFuture<Long> append(long timeMs, EngineMessage message) {
        CompletableFuture<Long> written = writer.append(new JournalEntry(timeMs, message));
        sinceSnapshot++;
        follow(timeMs, message);
        return written;
    }

    /** The read-model rows and audit records that follow from one journaled message. */
    private void follow(long timeMs, EngineMessage message) {
        if (message instanceof Recorded.Changes c) {
            c.changes().forEach(change -> follow(timeMs, change));
        } else if (message instanceof Recorded.OrderRecorded o) {
            writer.save(new StateRow.OrderRow(venue, o.order()));
            audit.record(orderAudit(o.order()));
        } else if (message instanceof Recorded.FillRecorded f) {
            writer.save(new StateRow.FillRow(venue, f.fill()));
            Position p = positions.apply(f.fill());
            writer.save(new StateRow.PositionRow(venue, p, timeMs));
        } else if (message instanceof Recorded.BalancesRecorded b) {
            for (Balance balance : b.balances()) {
                writer.save(new StateRow.BalanceRow(venue, balance, timeMs));
            }
        } else if (message instanceof Recorded.OrderSent s) {
            audit.record(new AuditRecord(timeMs, AuditKind.SUBMISSION, "engine", "intent durable, sent to " + s.venue(),
                    Map.of("clientOrderId", s.clientOrderId(), "venue", s.venue())));
        } else if (message instanceof Recorded.GateChanged g) {
            tradingState(timeMs, g.change().state().name(), g.change().who(), g.change().why());
        } else if (message instanceof Recorded.BreakerChanged b) {
            BreakerEvent e = b.event();
            AuditKind kind = e.kind() == BreakerEvent.Kind.TRIPPED ? AuditKind.BREAKER_TRIP : AuditKind.BREAKER_RESET;
            audit.record(new AuditRecord(timeMs, kind, e.who(), e.text(), Map.of("trigger", e.trigger(),
                    "from", e.from().name(), "to", e.to().name(), "action", e.action().name())));
        } else if (message instanceof Command.SwitchMode m) {
            audit.record(new AuditRecord(timeMs, AuditKind.MODE_CHANGE, m.who(), "asked for " + m.target() + ": "
                    + m.why(), Map.of("target", m.target().name(), "report",
                    m.report() == null ? "none" : m.report().passed() ? "passed" : "failed")));
        } else if (message instanceof Command.FlattenAll f) {
            audit.record(new AuditRecord(timeMs, AuditKind.KILL_SWITCH, f.who(), "flatten all: " + f.why(), Map.of()));
        }
    }

    private void tradingState(long timeMs, String killSwitch, String who, String why) {
        writer.save(new StateRow.TradingStatus(mode, "n/a", killSwitch, who, why, timeMs));
        audit.record(new AuditRecord(timeMs, AuditKind.KILL_SWITCH, who, killSwitch + ": " + why, Map.of()));
    }

    /** A new order is an intent, or a risk rejection with its reason; any later change is the venue's or the engine's. */
    private static AuditRecord orderAudit(Order o) {
        boolean isNew = o.createdMs() == o.updatedMs() && o.filledQty().signum() == 0
                && (o.status() == OrderStatus.SUBMITTED || o.status() == OrderStatus.REJECTED);
        AuditKind kind = !isNew ? AuditKind.VENUE_UPDATE
                : o.status() == OrderStatus.REJECTED ? AuditKind.RISK_REJECTION : AuditKind.ORDER_INTENT;
        return new AuditRecord(o.updatedMs(), kind, "engine", o.reason() == null ? "" : o.reason(), Map.of(
                "clientOrderId", o.clientOrderId(), "status", o.status().name(), "symbol", o.symbol(),
                "side", o.side().name(), "qty", o.qty().toPlainString(),
                "filledQty", o.filledQty().toPlainString()));
    }

    @Override
    public void betweenMessages(long timeMs, Supplier<RestorableState> state) {
        if (sinceSnapshot >= snapshotEvery) {
            sinceSnapshot = 0;
            writer.snapshot(timeMs, () -> writer.codec().toBytes(state.get()));
        }
    }

    /** Takes a snapshot now (clean shutdown), so the next start replays nothing. Engine thread, or after it stopped. */
    public CompletableFuture<Long> snapshotNow(long timeMs, RestorableState state) {
        sinceSnapshot = 0;
        return writer.snapshot(timeMs, () -> writer.codec().toBytes(state));
    }
}
