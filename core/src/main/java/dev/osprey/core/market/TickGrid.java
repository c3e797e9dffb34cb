package dev.osprey.core.market;

/**
 * Whole numbers of ticks in a scaled distance, without a division: the book asks this once per level update, and
 * a 64-bit divide by a tick known only at run time costs tens of cycles where a multiply costs three. A tick is
 * 2^s times an odd number d; multiplying by d's inverse modulo 2^64 and rotating right by s gives n / tick for
 * every multiple of the tick and a number above {@code (2^64 - 1) / tick} for everything else (Granlund and
 * Montgomery's exact division, with Lemire's divisibility test).
 */
final class TickGrid {
    private final long tick;
    private final int shift;
    private final long inverse;
    private final long limit;

    TickGrid(long tick) {
        if (tick <= 0) {
            throw new IllegalArgumentException("tick must be > 0, was " + tick);
        }
        this.tick = tick;
        this.shift = Long.numberOfTrailingZeros(tick);
        long odd = tick >>> shift;
        long x = odd; // right to 3 bits for any odd number; each step below doubles that
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        this.inverse = x;
        this.limit = Long.divideUnsigned(-1L, tick);
    }

    long tick() {
        return tick;
    }

    /** {@code n / tick} when {@code n >= 0} is a whole number of ticks, otherwise -1. */
    long ticksIn(long n) {
        long q = Long.rotateRight(n * inverse, shift);
        return Long.compareUnsigned(q, limit) <= 0 ? q : -1;
    }
}
