package dev.osprey.replay;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.osprey.core.market.MarketDataListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays captures through one symbol's synchroniser on the calling thread, for the {@code replay} command. */
public final class ReplayRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayRunner.class);

    private ReplayRunner() {
    }

    /**
     * Replays the files in order as one stream. Without a symbol, the first symbol in the capture is used.
     *
     * @throws IllegalArgumentException if the captures hold no message for the symbol
     * @throws IOException if a capture cannot be opened or read (malformed lines are only skipped)
     */
    public static ReplaySummary run(List<Path> captures, Optional<String> symbol, ReplaySpeed speed)
            throws IOException {
        return runSources(CaptureSource.ofPaths(captures), symbol, speed, PacingClock.SYSTEM);
    }

    /** As {@link #run}, for class-path resources or streams. */
    public static ReplaySummary runSources(List<CaptureSource> captures, Optional<String> symbol,
                                           ReplaySpeed speed) throws IOException {
        return runSources(captures, symbol, speed, PacingClock.SYSTEM);
    }

    /**
     * Replays at max speed on the calling thread, handing every synced event of the symbol to {@code listener}
     * before the next message is read: a scripted session can act at exact points of the capture.
     */
    public static ReplaySummary stream(List<CaptureSource> captures, Optional<String> symbol,
                                       MarketDataListener listener) throws IOException {
        return runSources(captures, symbol, ReplaySpeed.MAX, PacingClock.SYSTEM, listener);
    }

    static ReplaySummary runSources(List<CaptureSource> captures, Optional<String> symbol, ReplaySpeed speed,
                                    PacingClock clock) throws IOException {
        return runSources(captures, symbol, speed, clock, event -> { });
    }

    private static ReplaySummary runSources(List<CaptureSource> captures, Optional<String> symbol, ReplaySpeed speed,
                                            PacingClock clock, MarketDataListener listener) throws IOException {
        FirstSymbol target = new FirstSymbol(symbol.map(s -> s.toUpperCase(Locale.ROOT)), listener);
        ReplayPass pass = new ReplayPass(target::route, new Pacer(speed, clock), new ReplayClock());
        try (CaptureReader reader = new CaptureReader(captures)) {
            pass.run(reader, () -> true);
            if (reader.malformedLines() > 0) {
                LOG.warn("skipped {} malformed lines of {}", reader.malformedLines(), captures);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("replay interrupted");
        }
        if (target.synchronizer == null) {
            throw new IllegalArgumentException("captures " + captures + " hold no messages"
                    + symbol.map(s -> " for " + s.toUpperCase(Locale.ROOT)).orElse(""));
        }
        target.synchronizer.end();
        return ReplaySummary.of(target.synchronizer);
    }

    /** Routes the wanted symbol, or whichever symbol comes first when none is wanted. */
    private static final class FirstSymbol {
        private final Optional<String> wanted;
        private final MarketDataListener listener;
        private BookSynchronizer synchronizer;

        FirstSymbol(Optional<String> wanted, MarketDataListener listener) {
            this.wanted = wanted;
            this.listener = listener;
        }

        BookSynchronizer route(String symbol) {
            if (synchronizer == null && wanted.map(symbol::equals).orElse(true)) {
                synchronizer = new BookSynchronizer(symbol, listener);
                synchronizer.begin();
            }
            return synchronizer != null && synchronizer.symbol().equals(symbol) ? synchronizer : null;
        }
    }
}
