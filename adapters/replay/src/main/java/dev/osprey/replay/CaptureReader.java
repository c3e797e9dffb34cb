package dev.osprey.replay;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one or more capture files in order as a single stream of {@link FeedMessage}s. A REST snapshot line has no
 * symbol of its own; it takes the symbol of the stream lines in its file. Malformed lines are reported, counted
 * and skipped. The returned message is reused: it is valid until the next call to {@link #next()}.
 */
public final class CaptureReader implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureReader.class);

    private final List<CaptureSource> sources;
    private final Consumer<MalformedLine> onMalformed;
    private final MessageDecoder decoder = new MessageDecoder();
    private final FeedMessage message = new FeedMessage();
    /** Snapshots read before the first stream line of their file, held until that line names the symbol. */
    private final ArrayDeque<FeedMessage> unnamedSnapshots = new ArrayDeque<>();
    private FeedMessage heldStreamMessage;
    private int nextSource;
    private CaptureSource current;
    private LineSource lines;
    private String fileSymbol;
    private long messages;
    private long malformed;

    public CaptureReader(List<CaptureSource> sources) {
        this(sources, new MalformedLineLog(LOG));
    }

    public CaptureReader(List<CaptureSource> sources, Consumer<MalformedLine> onMalformed) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no capture files given");
        }
        this.sources = List.copyOf(sources);
        this.onMalformed = Objects.requireNonNull(onMalformed, "onMalformed");
    }

    /** The next message, or null at the end of the last capture. */
    public FeedMessage next() throws IOException {
        if (heldStreamMessage != null) {
            if (!unnamedSnapshots.isEmpty()) {
                return unnamedSnapshots.poll();
            }
            FeedMessage held = heldStreamMessage;
            heldStreamMessage = null;
            return held;
        }
        while (true) {
            if (lines == null && !openNextSource()) {
                return null;
            }
            if (!advance()) {
                finishSource();
                continue;
            }
            FeedMessage decoded = decodeCurrentLine();
            if (decoded != null) {
                return decoded;
            }
        }
    }

    private FeedMessage decodeCurrentLine() {
        if (lines.lineEnd() == lines.lineStart()) {
            return null;
        }
        if (lines.overlong()) {
            reportMalformed(lines.lineNumber(), "line longer than " + LineSource.MAX_LINE_BYTES + " bytes");
            return null;
        }
        try {
            decoder.decode(lines.bytes(), lines.lineStart(), lines.lineEnd(), message);
        } catch (MalformedMessageException e) {
            reportMalformed(lines.lineNumber(), e.getMessage());
            return null;
        }
        messages++;
        if (message.kind == MessageKind.DEPTH_SNAPSHOT) {
            if (fileSymbol == null) {
                FeedMessage copy = new FeedMessage();
                copy.copyFrom(message);
                unnamedSnapshots.add(copy);
                return null;
            }
            message.symbol = fileSymbol;
            return message;
        }
        fileSymbol = message.symbol;
        if (unnamedSnapshots.isEmpty()) {
            return message;
        }
        unnamedSnapshots.forEach(s -> s.symbol = fileSymbol);
        heldStreamMessage = message;
        return unnamedSnapshots.poll();
    }

    /** A gzip that ends mid-member loses only its tail: report it and carry on with the next file. */
    private boolean advance() throws IOException {
        try {
            return lines.next();
        } catch (EOFException e) {
            reportMalformed(lines.lineNumber() + 1, "capture ends abruptly (truncated gzip?): " + e.getMessage());
            return false;
        }
    }

    private boolean openNextSource() throws IOException {
        if (nextSource == sources.size()) {
            return false;
        }
        current = sources.get(nextSource++);
        lines = new LineSource(current.open());
        fileSymbol = null;
        return true;
    }

    private void finishSource() throws IOException {
        for (FeedMessage orphan : unnamedSnapshots) {
            reportMalformed(lines.lineNumber(), "depth snapshot (lastUpdateId " + orphan.lastUpdateId
                    + ") in a capture without stream lines, so its symbol is unknown");
        }
        unnamedSnapshots.clear();
        lines.close();
        lines = null;
    }

    private void reportMalformed(long lineNumber, String reason) {
        malformed++;
        onMalformed.accept(new MalformedLine(current.name(), lineNumber, reason));
    }

    /** Messages decoded so far, across all captures. */
    public long messages() {
        return messages;
    }

    public long malformedLines() {
        return malformed;
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }
}
