package dev.osprey.replay;

import static dev.osprey.replay.Captures.diff;
import static dev.osprey.replay.Captures.level;
import static dev.osprey.replay.Captures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureReaderTest {
    private final List<MalformedLine> skipped = new ArrayList<>();

    @Test
    void whenCaptureHasMalformedLines_thenEachIsReportedWithItsLineAndTheBookIsUntouched() throws IOException {
        // Arrange: real lines with broken ones in between, including a diff whose last level is bad.
        List<String> clean = Captures.lines(Captures.BTC_0808).subList(0, 300);
        String realDiff = clean.get(9);
        List<String> dirty = new ArrayList<>(clean);
        dirty.add(20, "garbage-without-a-space");
        dirty.add(21, "1723161254236551067 {\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"U\":1");
        dirty.add(22, realDiff.substring(0, realDiff.lastIndexOf("\"]")) + "x\"]]}}");
        dirty.add(23, realDiff.replaceFirst("\"a\":\\[\\[\"([0-9.]+)\",\"", "\"a\":[[\"$1\",\"-"));
        dirty.add(24, "17231612542365x1067 " + realDiff.substring(realDiff.indexOf(' ') + 1));
        dirty.add(25, "1 {\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1,\"t\":5}}");
        dirty.add(26, "1 {\"lastUpdateId\":\"soon\",\"bids\":[],\"asks\":[]}");
        dirty.add(27, "1 {\"foo\":1}");
        BookSynchronizer cleanBook = new BookSynchronizer("BTCUSDT", event -> { });
        BookSynchronizer dirtyBook = new BookSynchronizer("BTCUSDT", event -> { });

        // Act
        Captures.replay(List.of(Captures.plain("clean", clean)), cleanBook);
        replay(List.of(Captures.plain("dirty", dirty)), dirtyBook);

        // Assert
        assertEquals(List.of(21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L),
                skipped.stream().map(MalformedLine::lineNumber).toList());
        assertEquals("skipped malformed line 21 of capture dirty: no space between the receive time and the JSON",
                skipped.get(0).describe());
        assertTrue(skipped.get(2).reason().contains("not a plain decimal"), skipped.get(2).reason());
        assertEquals("a has a negative quantity", skipped.get(3).reason());
        assertEquals(cleanBook.stats(), dirtyBook.stats());
        assertEquals(cleanBook.book().topBids(50), dirtyBook.book().topBids(50));
        assertEquals(cleanBook.book().topAsks(50), dirtyBook.book().topAsks(50));
    }

    @Test
    void whenSnapshotPrecedesEveryStreamLineOfItsFile_thenItTakesTheFileSymbolAndKeepsItsPlace()
            throws IOException {
        // Arrange
        CaptureSource eth = Captures.plain("eth", List.of(snapshot(10, level("2600.10", "1"), level("2600.20", "1")),
                diff("ETHUSDT", 11, 12, 1000, "", "")));

        // Act
        List<String> read = readAll(List.of(eth));

        // Assert
        assertEquals(List.of("DEPTH_SNAPSHOT ETHUSDT 10", "DEPTH_DIFF ETHUSDT 12"), read);
        assertTrue(skipped.isEmpty());
    }

    @Test
    void whenGzipCaptureIsCutShort_thenItsTailIsReportedAndTheNextFileIsStillRead() throws IOException {
        // Arrange
        byte[] whole = Captures.gzip(List.of(diff("BTCUSDT", 1, 2, 1000, "", ""), diff("BTCUSDT", 3, 4, 1000, "", ""),
                diff("BTCUSDT", 5, 6, 1000, "", "")));
        byte[] cut = Arrays.copyOf(whole, whole.length - 12);
        CaptureSource truncated = CaptureSource.of("cut.gz", () -> new ByteArrayInputStream(cut));
        CaptureSource next = Captures.plain("next", List.of(diff("BTCUSDT", 7, 8, 1000, "", "")));

        // Act
        List<String> read = readAll(List.of(truncated, next));

        // Assert
        assertEquals("DEPTH_DIFF BTCUSDT 8", read.get(read.size() - 1));
        assertEquals(1, skipped.size());
        assertEquals("cut.gz", skipped.get(0).source());
        assertTrue(skipped.get(0).reason().startsWith("capture ends abruptly"), skipped.get(0).reason());
    }

    @Test
    void whenSnapshotIsInFileWithoutStreamLines_thenReportedInsteadOfGuessingItsSymbol() throws IOException {
        // Arrange
        CaptureSource orphan = Captures.plain("orphan", List.of(snapshot(10, "", "")));

        // Act
        List<String> read = readAll(List.of(orphan));

        // Assert
        assertTrue(read.isEmpty());
        assertEquals("depth snapshot (lastUpdateId 10) in a capture without stream lines, so its symbol is unknown",
                skipped.get(0).reason());
    }

    @Test
    void whenLineExceedsLimit_thenSkippedAndNextLineRead() throws IOException {
        // Arrange
        byte[] huge = new byte[LineSource.MAX_LINE_BYTES + 100];
        Arrays.fill(huge, (byte) 'x');
        byte[] tail = ("\n" + diff("BTCUSDT", 1, 2, 1000, "", "") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] capture = Arrays.copyOf(huge, huge.length + tail.length);
        System.arraycopy(tail, 0, capture, huge.length, tail.length);

        // Act
        List<String> read = readAll(List.of(CaptureSource.of("huge", () -> new ByteArrayInputStream(capture))));

        // Assert
        assertEquals(List.of("DEPTH_DIFF BTCUSDT 2"), read);
        assertEquals(1, skipped.get(0).lineNumber());
        assertTrue(skipped.get(0).reason().startsWith("line longer than"), skipped.get(0).reason());
    }

    @Test
    void whenRealCaptureRead_thenMessageKindsMatchItsPublishedCounts() throws IOException {
        // Arrange
        int[] perKind = new int[MessageKind.values().length];

        // Act
        try (CaptureReader reader = new CaptureReader(List.of(CaptureSource.ofResource(Captures.BTC_0808)),
                skipped::add)) {
            FeedMessage m;
            while ((m = reader.next()) != null) {
                perKind[m.kind().ordinal()]++;
            }
            assertNull(reader.next());
        }

        // Assert
        assertEquals(3_451, perKind[MessageKind.DEPTH_DIFF.ordinal()]);
        assertEquals(9_757, perKind[MessageKind.TRADE.ordinal()]);
        assertEquals(28_040, perKind[MessageKind.BOOK_TICKER.ordinal()]);
        assertEquals(1, perKind[MessageKind.DEPTH_SNAPSHOT.ordinal()]);
        assertTrue(skipped.isEmpty());
    }

    private void replay(List<CaptureSource> sources, BookSynchronizer sync) throws IOException {
        try (CaptureReader reader = new CaptureReader(sources, skipped::add)) {
            FeedMessage m;
            while ((m = reader.next()) != null) {
                sync.onMessage(m);
            }
        }
    }

    private List<String> readAll(List<CaptureSource> sources) throws IOException {
        List<String> read = new ArrayList<>();
        try (CaptureReader reader = new CaptureReader(sources, skipped::add)) {
            FeedMessage m;
            while ((m = reader.next()) != null) {
                read.add(m.kind() + " " + m.symbol() + " " + m.lastUpdateId());
            }
        }
        return read;
    }
}
