package dev.osprey.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {
    private final FakePacingClock clock = new FakePacingClock();

    @Test
    void whenConsumerFallsBehind_thenLaterEventsCatchUpInsteadOfDrifting() throws InterruptedException {
        // Arrange
        Pacer pacer = new Pacer(ReplaySpeed.REAL_TIME, clock);
        pacer.awaitEventTime(10_000);
        clock.advanceMillis(1_000);

        // Act
        pacer.awaitEventTime(10_500);
        pacer.awaitEventTime(11_500);

        // Assert: the 500 ms event is already late; the next waits only what is left of its second.
        assertEquals(List.of(500L), clock.waitsMillis());
    }

    @Test
    void whenEventTimeRewindsBeyondTolerance_thenNewSegmentStartsWithoutWaiting() throws InterruptedException {
        // Arrange
        Pacer pacer = new Pacer(ReplaySpeed.REAL_TIME, clock);
        pacer.awaitEventTime(10_000);
        pacer.awaitEventTime(10_500);

        // Act: a capture of an earlier period follows.
        pacer.awaitEventTime(2_000);
        pacer.awaitEventTime(2_100);

        // Assert
        assertEquals(List.of(500L, 100L), clock.waitsMillis());
    }

    @Test
    void whenEventTimeSlightlyOutOfOrder_thenItPassesAtOnce() throws InterruptedException {
        // Arrange: a trade's E can trail the depth event before it by a few ms.
        Pacer pacer = new Pacer(ReplaySpeed.times(2), clock);
        pacer.awaitEventTime(10_000);
        pacer.awaitEventTime(10_400);

        // Act
        pacer.awaitEventTime(10_390);
        pacer.awaitEventTime(FeedMessage.NO_TIME);

        // Assert
        assertEquals(List.of(200L), clock.waitsMillis());
    }
}
