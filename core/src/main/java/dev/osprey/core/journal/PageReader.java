package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the journal after a sequence, page by page, on its own thread: while the caller decodes and applies one
 * page, the next is being read, which roughly halves a long replay. Pages come in sequence order; an empty page
 * means the end.
 */
final class PageReader implements AutoCloseable {
    /** One journal row, still encoded. */
    record Raw(long seq, long timeMs, String type, byte[] payload) {
    }

    private static final String SQL = "SELECT seq, at_ms, type, payload FROM journal WHERE seq > ? ORDER BY seq LIMIT ?";
    private static final int PAGES_AHEAD = 4;

    private final BlockingQueue<Object> pages = new ArrayBlockingQueue<>(PAGES_AHEAD);
    private final Thread thread;

    PageReader(JournalDatabase db, long afterSequence, int pageSize) {
        this.thread = new Thread(() -> readAll(db, afterSequence, pageSize), "journal-replay-reader");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The next page; empty at the end of the journal. */
    @SuppressWarnings("unchecked")
    List<Raw> next() {
        Object page;
        try {
            page = pages.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, "interrupted while replaying", e);
        }
        if (page instanceof SQLException e) {
            throw new JournalException(JournalFailure.DATABASE_UNAVAILABLE, "replaying the journal", e);
        }
        return (List<Raw>) page;
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private void readAll(JournalDatabase db, long after, int pageSize) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setInt(2, pageSize);
            long last = after;
            List<Raw> page;
            do {
                page = new ArrayList<>(pageSize);
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Raw(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)));
                    }
                }
                if (!page.isEmpty()) {
                    last = page.get(page.size() - 1).seq();
                    pages.put(page);
                }
            } while (page.size() == pageSize);
            pages.put(List.of());
        } catch (SQLException e) {
            pages.offer(e);
        } catch (InterruptedException e) {
            // The caller stopped replaying (its apply failed); nobody is waiting for more pages.
            Thread.currentThread().interrupt();
        }
    }
}
