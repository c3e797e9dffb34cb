package dev.osprey.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalWriter;

import java.util.concurrent.CompletableFuture;

/**
 * Where decisions are recorded. {@link #record} checks and encodes the payload on the calling thread, then hands
 * the record to the journal writer, which chains and stores it in the same batch as the journal entries queued
 * around it. Never blocks.
 */
public final class AuditTrail {
    private final JournalWriter writer;
    private final JournalCodec codec;
    private final AuditTable table;

    /** Any number of these may share a writer: they share its one audit table, so the chain stays one chain. */
    public AuditTrail(JournalWriter writer) {
        this.writer = writer;
        this.codec = writer.codec();
        this.table = writer.table(AuditTable.class, AuditTable::new);
    }

    /**
     * Records one decision; the future completes with its audit sequence once it is durable, or fails as a journal
     * write does.
     *
     * @throws SecretPayloadException if the payload has a field named like a secret: nothing is queued
     */
    public CompletableFuture<Long> record(AuditRecord r) {
        JsonNode tree = codec.toTree(r.payload());
        SecretGuard.check(tree);
        AuditTable.Entry entry = new AuditTable.Entry(r.timeMs(), r.kind(), r.actor(), r.reason(),
                codec.canonicalJson(tree));
        return writer.submit(table, entry);
    }
}
