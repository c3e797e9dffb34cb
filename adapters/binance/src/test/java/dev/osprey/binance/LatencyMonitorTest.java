package dev.osprey.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.osprey.core.order.Side;
import dev.osprey.core.venue.LatencyBoard;
import dev.osprey.core.venue.LatencyFigures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Latency histograms in the adapter, figures on the core-side board. */
class LatencyMonitorTest {
    private final LatencyBoard board = new LatencyBoard();
    private final AtomicLong serverNow = new AtomicLong(1_723_161_600_000L);
    private final LatencyMonitor monitor = new LatencyMonitor("binance", board, serverNow::get);

    private LatencyFigures figures(String measure) {
        return board.all().stream().filter(f -> f.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void whenAcksTakeOneToHundredMs_thenTheBoardShowsTheirMedianAnd99thPercentile() {
        for (int ms = 1; ms <= 100; ms++) {
            monitor.submitAck(0, ms * 1_000_000L);
        }

        monitor.publish();

        LatencyFigures f = figures(LatencyMonitor.SUBMIT_ACK);
        assertEquals(100, f.count());
        assertEquals(50_000, f.p50Micros(), 50_000 * 0.01);
        assertEquals(99_000, f.p99Micros(), 99_000 * 0.01);
        assertEquals(100_000, f.maxMicros(), 100_000 * 0.01);
    }

    @Test
    void whenMarketDataArrives_thenLatencyIsServerTimeMinusEventTime_andSkewNeverGoesNegative() {
        monitor.marketData(serverNow.get() - 37);
        monitor.marketData(serverNow.get() + 5); // our clock behind Binance's: counted as 0, not -5

        monitor.publish();

        LatencyFigures f = figures(LatencyMonitor.MARKET_DATA);
        assertEquals(2, f.count());
        assertEquals(0, f.p50Micros());
        assertEquals(37_000, f.maxMicros(), 37_000 * 0.01);
    }

    @Test
    void whenAMinutePasses_thenOldSamplesLeaveTheWindow() {
        monitor.submitAck(0, 500_000_000L);
        monitor.publish();
        for (int s = 0; s < LatencyMonitor.WINDOW_SECONDS; s++) {
            monitor.submitAck(0, 2_000_000L);
            monitor.publish();
        }

        LatencyFigures f = figures(LatencyMonitor.SUBMIT_ACK);
        assertEquals(LatencyMonitor.WINDOW_SECONDS, f.count());
        assertTrue(f.maxMicros() < 3_000, "the 500 ms ack has left the window: " + f);
    }

    @Test
    void whenAnOrderIsAcknowledgedByTheFake_thenTheVenueBoardCountsIt() throws Exception {
        try (VenueFixture f = new VenueFixture()) {
            f.placeAccepted(f.limit(Side.BUY, "0.01", "50000"));

            LatencyFigures ack = awaitAckOnBoard(f.venue.latency());
            assertTrue(ack.p50Micros() > 0 && ack.p50Micros() < VenueFixture.WAIT.toMillis() * 1000, ack.toString());
        }
    }

    /**
     * The venue publishes once a second on its own timer and the board has no listeners (the window reads it on
     * its pulse), so this looks at it as the window does, every 20 ms, until the ack shows or the wait ends.
     */
    private static LatencyFigures awaitAckOnBoard(LatencyBoard venueBoard) throws Exception {
        CompletableFuture<LatencyFigures> shown = new CompletableFuture<>();
        ScheduledExecutorService pulse = Executors.newSingleThreadScheduledExecutor();
        try {
            pulse.scheduleAtFixedRate(() -> venueBoard.all().stream()
                    .filter(x -> x.measure().equals(LatencyMonitor.SUBMIT_ACK) && x.count() == 1).findFirst()
                    .ifPresent(shown::complete), 0, 20, TimeUnit.MILLISECONDS);
            return shown.get(VenueFixture.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no submit→ack figure on the board: " + venueBoard.all());
        } finally {
            pulse.shutdownNow();
        }
    }
}
