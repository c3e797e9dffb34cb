package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Start-up replay: the newest snapshot, then every journal entry after it, in sequence order. Run it before the
 * engine thread and the {@link JournalWriter} start. The tail is read in pages, so a long journal streams through
 * the engine without being held in memory; a gap in the sequence stops the replay with {@link JournalFailure#CORRUPT}.
 */
public final class Recovery {
    static final int PAGE = 20_000;

    private final JournalDatabase db;
    private final JournalCodec codec;
    private final int page;

    /** What a recovery found: the snapshot it restored (if any), how many entries it replayed, the last sequence. */
    public record Outcome(Optional<Snapshot> snapshot, long replayed, long lastSequence) {
    }

    /** Snapshot and tail held in memory; for tests and small journals. */
    public record Recovered(Optional<Snapshot> snapshot, List<SequencedEntry> tail) {
    }

    public Recovery(JournalDatabase db, JournalCodec codec) {
        this(db, codec, PAGE);
    }

    Recovery(JournalDatabase db, JournalCodec codec, int page) {
        this.db = db;
        this.codec = codec;
        this.page = page;
    }

    /** Restores the newest snapshot (when there is one), then applies each later entry in order. */
    public Outcome recover(Consumer<Snapshot> restore, Consumer<SequencedEntry> apply) {
        Optional<Snapshot> snapshot = latestSnapshot();
        snapshot.ifPresent(restore);
        long after = snapshot.map(Snapshot::journalSequence).orElse(0L);
        long last = replay(after, apply);
        return new Outcome(snapshot, last - after, last);
    }

    public Recovered load() {
        List<SequencedEntry> tail = new ArrayList<>();
        Optional<Snapshot> snapshot = latestSnapshot();
        replay(snapshot.map(Snapshot::journalSequence).orElse(0L), tail::add);
        return new Recovered(snapshot, tail);
    }

    public Optional<Snapshot> latestSnapshot() {
        String sql = "SELECT journal_seq, at_ms, state FROM snapshots ORDER BY id DESC LIMIT 1";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new Snapshot(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, "reading the latest snapshot", e);
        }
    }

    /** Applies every entry after {@code afterSequence} in order; returns the last sequence applied. */
    public long replay(long afterSequence, Consumer<SequencedEntry> apply) {
        String sql = "SELECT seq, at_ms, type, payload FROM journal WHERE seq > ? ORDER BY seq LIMIT " + page;
        long last = afterSequence;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            int read;
            do {
                read = 0;
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        if (seq != last + 1) {
                            throw new JournalException(JournalFailure.CORRUPT,
                                    "journal gap: expected sequence " + (last + 1) + ", found " + seq);
                        }
                        apply.accept(new SequencedEntry(seq, rs.getLong(2), rs.getString(3),
                                codec.decode(rs.getBytes(4))));
                        last = seq;
                        read++;
                    }
                }
            } while (read == page);
            return last;
        } catch (SQLException e) {
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, "replaying the journal", e);
        }
    }
}
