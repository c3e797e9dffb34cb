package dev.osprey.app.wiring;

import dev.osprey.app.keys.KeyAudit;
import dev.osprey.core.audit.AuditKind;
import dev.osprey.core.audit.AuditRecord;
import dev.osprey.core.audit.AuditTrail;
import dev.osprey.core.audit.AuditVerdict;
import dev.osprey.core.audit.AuditVerifier;
import dev.osprey.core.engine.Engine;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.recovery.DeskJournal;
import dev.osprey.core.recovery.DeskRecovery;
import dev.osprey.core.recovery.Reconciliation;
import dev.osprey.core.recovery.ReconciliationReport;
import dev.osprey.core.venue.Venue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

/**
 * A desk's durable side in the data directory: the journal database (opened, and migrated by Flyway, at start),
 * its writer, the paper ledger, and the reconciliation reports ({@code reports/reconciliation-*.txt}).
 */
final class DeskStorage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeskStorage.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final String account;
    private Path journalFolder;
    private final String mode;
    private final JournalDatabase db;
    private final JournalCodec codec = new JournalCodec();
    private final JournalWriter writer;
    private DeskJournal journal;

    private DeskStorage(Path dataDir, String account, String mode, JournalDatabase db, JournalWriter writer) {
        this.dataDir = dataDir;
        this.account = account;
        this.mode = mode;
        this.db = db;
        this.writer = writer;
    }

    /** {@code account}: whose ledger this is ({@code paper} keeps the folder it always had). */
    static DeskStorage open(Path dataDir, Path journalFolder, String account, String mode) {
        JournalDatabase db = JournalDatabase.open(journalFolder);
        try {
            DeskStorage storage = new DeskStorage(dataDir, account, mode, db,
                    JournalWriter.start(db, new JournalCodec()));
            storage.journalFolder = journalFolder;
            return storage;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    Path paperLedger() {
        String folder = "paper".equals(account) ? "paper" : "paper-" + account;
        return dataDir.resolve(folder).resolve("ledger.jsonl");
    }

    DeskJournal journal(String venue) {
        journal = new DeskJournal(writer, venue, mode, DeskJournal.SNAPSHOT_EVERY);
        return journal;
    }

    /**
     * A CONFIG_CHANGE audit record when the effective config differs from the one the last start ran with (by its
     * SHA-256), so every change of limits or settings is on the record.
     */
    void auditConfig(Object config, String origin) {
        byte[] json = codec.toBytes(config);
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String last = null;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT payload FROM audit_trail WHERE kind = 'CONFIG_CHANGE' ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            last = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            LOG.warn("could not read the last config record: {}", e.toString());
        }
        if (last == null || !last.contains(sha)) {
            new AuditTrail(writer).record(new AuditRecord(System.currentTimeMillis(), AuditKind.CONFIG_CHANGE,
                    "trader", last == null ? "first start with this journal" : "config changed since the last start",
                    Map.of("sha256", sha, "origin", origin)));
        }
    }

    /** Before the engine starts: restore from the journal, then reconcile with the venue. */
    Desk.StartupReport restoreAndReconcile(Engine engine, Venue venue) {
        DeskRecovery.Restored restored = DeskRecovery.restore(db, codec, engine);
        journal.restoredFrom(restored.state());
        LOG.info(restored.summary());
        Reconciliation.Outcome outcome = Reconciliation.run(venue.name(), restored.state().orders(),
                restored.state().balances(), venue.stateFetch(), System.currentTimeMillis(), true);
        outcome.corrections().forEach(engine::post);
        keep(outcome.report(), !restored.isEmpty());
        return new Desk.StartupReport(restored, outcome.report());
    }

    /** On demand, while the engine runs: ours as the latest snapshot shows it. */
    ReconciliationReport reconcile(Engine engine, Venue venue) {
        EngineSnapshot s = engine.latest();
        Reconciliation.Outcome outcome = Reconciliation.run(venue.name(), s.orders(), s.balances(),
                venue.stateFetch(), System.currentTimeMillis(), false);
        outcome.corrections().forEach(engine::post);
        keep(outcome.report(), true);
        return outcome.report();
    }

    /** Logs the report and writes it to a file when there is anything to keep. */
    private void keep(ReconciliationReport report, boolean always) {
        LOG.info(report.headline());
        report.differences().forEach(d -> LOG.warn("reconciliation: {}: ours {}; venue {} -> {}", d.subject(),
                d.ours(), d.venue(), d.action()));
        if (report.clean() && !always) {
            return;
        }
        Path file = dataDir.resolve("reports").resolve("reconciliation-"
                + FILE_TIME.format(Instant.ofEpochMilli(report.atMs())) + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("could not write the reconciliation report {}: {}", file, e.toString());
        }
    }

    /** API key changes, recorded in this journal's audit trail (venue and label only, never the key). */
    KeyAudit keyAudit() {
        return KeyAudit.to(new AuditTrail(writer), System::currentTimeMillis);
    }

    String verifyAudit() {
        AuditVerdict v = AuditVerifier.verify(journalFolder);
        return v.describe();
    }

    @Override
    public void close() {
        writer.close();
        db.close();
    }
}
