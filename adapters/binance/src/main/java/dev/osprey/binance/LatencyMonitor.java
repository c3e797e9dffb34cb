package dev.osprey.binance;

import dev.osprey.core.venue.LatencyBoard;
import dev.osprey.core.venue.LatencyFigures;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Submit→ack and market-data latency as HdrHistograms. Any thread records (HdrHistogram's {@link Recorder} is
 * wait-free for writers); once per {@link #publish()} the last interval joins a sliding window of
 * {@value #WINDOW_SECONDS} intervals, whose percentiles go to the core-side {@link LatencyBoard}. The histograms
 * never leave this class.
 */
final class LatencyMonitor {
    static final String SUBMIT_ACK = "submit→ack";
    static final String MARKET_DATA = "market data";
    static final int WINDOW_SECONDS = 60;

    private final String venue;
    private final LatencyBoard board;
    private final LongSupplier serverNowMs;
    private final Measure submitAck = new Measure(SUBMIT_ACK);
    private final Measure marketData = new Measure(MARKET_DATA);

    /** {@code serverNowMs}: the local clock corrected by the measured server-time offset. */
    LatencyMonitor(String venue, LatencyBoard board, LongSupplier serverNowMs) {
        this.venue = venue;
        this.board = board;
        this.serverNowMs = serverNowMs;
    }

    /** From the order entry's {@code place} call to Binance's answer, both taken with {@link System#nanoTime()}. */
    void submitAck(long sentNanos, long ackNanos) {
        submitAck.recorder.recordValue(Math.max(0, (ackNanos - sentNanos) / 1000));
    }

    /**
     * Binance's event time to our receipt. Millisecond clocks on both sides: skew the offset could not remove shows
     * as 0 rather than as a negative latency.
     */
    void marketData(long exchangeTimeMs) {
        marketData.recorder.recordValue(Math.max(0, serverNowMs.getAsLong() - exchangeTimeMs) * 1000);
    }

    /** Called once a second on one thread (the venue's scheduler). */
    void publish() {
        submitAck.publish();
        marketData.publish();
    }

    private final class Measure {
        final String name;
        final Recorder recorder = new Recorder(2);
        final Deque<Histogram> window = new ArrayDeque<>();
        Histogram recycled;

        Measure(String name) {
            this.name = name;
        }

        void publish() {
            Histogram interval = recorder.getIntervalHistogram(recycled);
            recycled = null;
            window.addLast(interval);
            if (window.size() > WINDOW_SECONDS) {
                recycled = window.removeFirst();
            }
            Histogram sum = new Histogram(2);
            window.forEach(sum::add);
            board.publish(new LatencyFigures(venue, name, sum.getTotalCount(), sum.getValueAtPercentile(50),
                    sum.getValueAtPercentile(99), sum.getMaxValue(), window.size() * 1000L));
        }
    }
}
