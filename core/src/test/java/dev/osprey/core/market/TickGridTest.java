package dev.osprey.core.market;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TickGridTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 64, 1_000, 1_000_000, 5_000_000, 100_000_000, 1L << 40, 999_999_937L,
            Long.MAX_VALUE / 3, Long.MAX_VALUE})
    void whenDistanceIsOnOrOffTheGrid_thenTicksMatchDivision(long tick) {
        TickGrid grid = new TickGrid(tick);
        Random random = new Random(tick);
        for (int i = 0; i < 20_000; i++) {
            long n = switch (i % 4) {
                case 0 -> random.nextLong() & Long.MAX_VALUE;
                case 1 -> (random.nextLong() & Long.MAX_VALUE) / tick * tick;
                case 2 -> (random.nextLong() & Long.MAX_VALUE) / tick * tick + (i % 3 - 1);
                default -> random.nextInt(1 << 20);
            };
            if (n < 0) {
                continue;
            }
            assertEquals(n % tick == 0 ? n / tick : -1, grid.ticksIn(n), "n=" + n + " tick=" + tick);
        }
        assertEquals(0, grid.ticksIn(0));
        assertEquals(Long.MAX_VALUE / tick * tick == Long.MAX_VALUE ? Long.MAX_VALUE / tick : -1,
                grid.ticksIn(Long.MAX_VALUE));
    }
}
