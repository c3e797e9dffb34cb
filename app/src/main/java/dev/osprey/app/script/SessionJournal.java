package dev.osprey.app.script;

import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import dev.osprey.core.audit.AuditTrail;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalEntry;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;

import java.nio.file.Path;
import java.util.Map;

/**
 * A scripted session's journal in DATA_DIR/journal: every message the engine applies, in order (so the session can
 * be replayed), and an audit record for every order decision, hash-chained (check it with {@code verify-audit}).
 */
final class SessionJournal implements AutoCloseable {
    private final JournalDatabase db;
    private final JournalWriter writer;
    private final AuditTrail audit;

    private SessionJournal(JournalDatabase db, JournalWriter writer) {
        this.db = db;
        this.writer = writer;
        this.audit = new AuditTrail(writer);
    }

    static SessionJournal open(Path dataDir) {
        JournalDatabase db = JournalDatabase.open(dataDir.resolve("journal"));
        return new SessionJournal(db, JournalWriter.start(db, new JournalCodec()));
    }

    void message(long timeMs, EngineMessage m) {
        writer.append(new JournalEntry(timeMs, m));
    }

    /** An order appeared (intent, or refusal) or moved (venue update). */
    void order(Order before, Order after) {
        AuditKind kind = before != null ? AuditKind.VENUE_UPDATE
                : after.status() == OrderStatus.REJECTED && after.reason().startsWith("Risk")
                ? AuditKind.RISK_REJECTION : AuditKind.ORDER_INTENT;
        audit.record(new AuditRecord(after.updatedMs(), kind, "script", after.reason(), Map.of(
                "clientOrderId", after.clientOrderId(), "status", after.status().name(),
                "symbol", after.symbol(), "side", after.side().name(), "qty", after.qty().toPlainString())));
    }

    void killSwitch(long timeMs, String what) {
        audit.record(new AuditRecord(timeMs, AuditKind.KILL_SWITCH, "script", what, Map.of()));
    }

    /** Makes everything appended durable, then closes the database. */
    @Override
    public void close() {
        writer.close();
        db.close();
    }
}
