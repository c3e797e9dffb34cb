package dev.osprey.core.report;

import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalDatabase;
import dev.osprey.core.journal.JournalEntry;
import dev.osprey.core.journal.JournalWriter;
import dev.osprey.core.journal.StateRow;
import dev.osprey.core.order.Fill;
import dev.osprey.core.venue.OrderAccepted;
import dev.osprey.core.venue.OrderFilled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JournalFillsTest {
    private static final long END = ReportPeriod.daily(LocalDate.of(2024, 8, 9)).toMs();

    @Test
    void whenTheDeskWroteTheFillsTable_thenTheReportReadsItsRows(@TempDir Path dir) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            try (JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
                for (Fill f : ReportFixture.FILLS) {
                    w.save(new StateRow.FillRow("paper", f));
                }
            }
            assertEquals(ReportFixture.FILLS, read(db, END));
            assertEquals(ReportFixture.FILLS.subList(0, 5), read(db, END - 86_400_000L));
        }
    }

    @Test
    void whenOnlyTheEventJournalHoldsFills_thenTheyAreTakenFromTheVenueUpdates(@TempDir Path dir) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            try (JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
                for (Fill f : ReportFixture.FILLS) {
                    w.append(new JournalEntry(f.timeMs(), new EngineMessage.VenueUpdate("paper",
                            new OrderAccepted(f.clientOrderId(), f.venueOrderId(), f.timeMs()))));
                    w.append(new JournalEntry(f.timeMs(), new EngineMessage.VenueUpdate("paper", new OrderFilled(f))));
                }
            }
            assertEquals(ReportFixture.FILLS, read(db, END));
        }
    }

    @Test
    void whenTheDeskHoldsTheJournalOpen_thenAReadOnlyReaderInTheSameProcessStillSeesItsFills(@TempDir Path dir)
            throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir);
             JournalWriter w = JournalWriter.start(db, new JournalCodec())) {
            w.save(new StateRow.FillRow("paper", ReportFixture.FILLS.get(0))).get();

            try (Connection c = JournalDatabase.connectReadOnly(dir)) {
                assertEquals(ReportFixture.FILLS.subList(0, 1), new JournalFills(new JournalCodec()).read(c, END));
            }
        }
    }

    private static List<Fill> read(JournalDatabase db, long beforeMs) throws Exception {
        try (Connection c = db.connect()) {
            return new JournalFills(new JournalCodec()).read(c, beforeMs);
        }
    }
}
