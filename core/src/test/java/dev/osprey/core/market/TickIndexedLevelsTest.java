package dev.osprey.core.market;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the property test cannot see from outside: that the levels near the touch really are in the window. */
class TickIndexedLevelsTest {
    private static final long TICK = Scaled.parse("0.01");
    private static final int W = TickIndexedLevels.WIDTH;

    @Test
    void whenTouchRunsFarUp_thenWindowFollowsAndKeepsEveryLevel() {
        TickIndexedLevels bids = new TickIndexedLevels(TICK, true, W);
        long start = 3_000_000L;
        for (long t = start; t < start + 4 * W; t += 3) {
            bids.put(t * TICK, t);
        }
        int levels = (4 * W + 2) / 3;
        assertEquals(levels, bids.count());
        int inWindow = bids.windowLevelsForTest();
        assertTrue(inWindow >= W / 2 / 3 && inWindow <= W * 7 / 8 / 3 + 1,
                inWindow + " levels in the window: the touch should sit between its half and seven eighths");
        long expected = start + (levels - 1) * 3L;
        for (int i = 0; i < levels; i++, expected -= 3) {
            assertEquals(expected * TICK, bids.keyFromTop(i), "level " + i);
            assertEquals(expected, bids.sizeFromTop(i), "level " + i);
        }
    }

    @Test
    void whenPriceIsOffTheGrid_thenItIsKeptInPriceOrderOutsideTheWindow() {
        TickIndexedLevels asks = new TickIndexedLevels(TICK, false, W);
        long best = Scaled.parse("60000");
        asks.put(~best, 5);
        asks.put(~(best + TICK), 6);
        asks.put(~(best + TICK / 2), 7);
        assertEquals(2, asks.windowLevelsForTest());
        assertEquals(3, asks.count());
        assertEquals(~best, asks.keyFromTop(0));
        assertEquals(7, asks.sizeFromTop(1));
        assertEquals(~(best + TICK), asks.keyFromTop(2));
        assertEquals(7, asks.get(~(best + TICK / 2)));
        assertThrows(IndexOutOfBoundsException.class, () -> asks.keyFromTop(3));
    }
}
