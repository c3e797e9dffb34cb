package dev.osprey.core.market;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LevelListTest {

    @Test
    void whenBuiltFromArrays_thenReadsLikeAnyListOfLevels() {
        List<Level> levels = LevelList.copyOf(new long[] {300, 200, 100, 999}, new long[] {3, 2, 1, 9}, 3);

        assertEquals(List.of(new Level(300, 3), new Level(200, 2), new Level(100, 1)), levels);
        assertEquals(List.of(new Level(300, 3), new Level(200, 2), new Level(100, 1)).hashCode(), levels.hashCode());
        assertEquals(new Level(200, 2), levels.get(1));
    }

    @Test
    void whenSourceArraysChangeAfterwards_thenListKeepsWhatItWasGiven() {
        long[] prices = {300, 200};
        long[] qtys = {3, 2};
        List<Level> levels = LevelList.copyOf(prices, qtys, 2);

        prices[0] = 1;
        qtys[1] = 0;

        assertEquals(List.of(new Level(300, 3), new Level(200, 2)), levels);
    }

    @Test
    void whenSomeoneTriesToChangeIt_thenRefused() {
        List<Level> levels = LevelList.copyOf(new long[] {300}, new long[] {3}, 1);

        assertThrows(UnsupportedOperationException.class, () -> levels.add(new Level(1, 1)));
        assertThrows(UnsupportedOperationException.class, () -> levels.set(0, new Level(1, 1)));
        assertThrows(UnsupportedOperationException.class, () -> levels.remove(0));
    }

    @Test
    void whenMoreLevelsAskedThanGiven_thenRefused() {
        assertThrows(IndexOutOfBoundsException.class, () -> LevelList.copyOf(new long[] {1, 2}, new long[] {1}, 2));
    }

    @Test
    void whenBookDeltaGetsOne_thenKeepsItAndStillCopiesOtherLists() {
        List<Level> levels = LevelList.copyOf(new long[] {300}, new long[] {3}, 1);
        List<Level> mutable = new ArrayList<>(List.of(new Level(100, 1)));

        BookDelta delta = new BookDelta("BTCUSDT", 1, 1, levels, mutable, 0);
        mutable.clear();

        assertSame(levels, delta.bids());
        assertEquals(List.of(new Level(100, 1)), delta.asks());
        assertThrows(NullPointerException.class, () -> new BookDelta("BTCUSDT", 1, 1, null, levels, 0));
    }
}
