package dev.osprey.core.market;

/**
 * Price levels under ascending {@code long} keys (see {@link BookSideLevels} for the key of a price), best level
 * highest. Two layouts: {@link LevelBlocks} for any price, and {@link TickIndexedLevels} when the tick is known.
 */
abstract class SideLevels {
    abstract int count();

    abstract void clear();

    /** Size at a key, zero when absent. */
    abstract long get(long key);

    /** Sets a level's size; zero removes it, and removing an absent level changes nothing. */
    abstract void put(long key, long size);

    /** Key of the {@code i}-th level counting from the highest (0 = best). */
    abstract long keyFromTop(int i);

    abstract long sizeFromTop(int i);
}
