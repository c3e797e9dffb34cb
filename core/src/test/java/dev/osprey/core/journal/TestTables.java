package dev.osprey.core.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Batch tables that let a test hold the writer inside a batch, or make a batch fail. */
final class TestTables {
    private TestTables() {
    }

    /** Holds the writer thread in flush() until released, so a test can queue writes behind a known batch. */
    static final class Holding implements BatchTable<String> {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void open(Connection connection) {
        }

        @Override
        public long add(String row) {
            return 0;
        }

        @Override
        public void flush() throws SQLException {
            entered.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new SQLException("test never released the writer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
        }

        @Override
        public void committed() {
        }

        @Override
        public void discarded() {
        }

        void awaitWriterInside() throws InterruptedException {
            if (!entered.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the writer never reached the holding batch");
            }
        }
    }

    /** Fails its batch at flush, as a full disk would. */
    static final class Failing implements BatchTable<String> {
        @Override
        public void open(Connection connection) {
        }

        @Override
        public long add(String row) {
            return 0;
        }

        @Override
        public void flush() throws SQLException {
            throw new SQLException("No space left on device");
        }

        @Override
        public void committed() {
        }

        @Override
        public void discarded() {
        }
    }

    /** Counts rows and flushes: one flush per batch it was part of. */
    static final class Counting implements BatchTable<String> {
        int rows;
        int flushes;

        @Override
        public void open(Connection connection) {
        }

        @Override
        public long add(String row) {
            return ++rows;
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void committed() {
        }

        @Override
        public void discarded() {
        }
    }
}
