package dev.osprey.app.ui.chart;

import dev.osprey.core.chart.CandleInterval;
import dev.osprey.core.strategy.Candle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class CandleSlotsTest {

    @Test
    void whenTheHaltDayIsLaidOut_thenThe13HourSlotIsEmpty_andItsNeighboursAreTwoSlotsApart() throws Exception {
        List<Candle> day = HaltDay.candles();
        assertEquals(23, day.size(), "24 hours less the halted one");

        CandleSlots slots = new CandleSlots(day, CandleInterval.H1, 24);

        int halt = slots.slotOf(HaltDay.HALT);
        assertNull(slots.at(halt), "no candle drawn at 13:00");
        assertNotNull(slots.at(halt - 1));
        assertNotNull(slots.at(halt + 1));
        assertEquals(HaltDay.HALT - HaltDay.HOUR, slots.at(halt - 1).openTimeMs());
        assertEquals(HaltDay.HALT + HaltDay.HOUR, slots.at(halt + 1).openTimeMs());
        List<Integer> empty = new ArrayList<>();
        for (int s = 0; s < slots.count(); s++) {
            if (slots.at(s) == null) {
                empty.add(s);
            }
        }
        assertEquals(List.of(halt), empty);
    }

    @Test
    void whenFewerCandlesThanSlots_thenTheyStartAtTheLeft_andTheRangeCoversWhatIsShown() throws Exception {
        List<Candle> day = HaltDay.candles();

        CandleSlots slots = new CandleSlots(day.subList(0, 3), CandleInterval.H1, 10);

        assertEquals(day.get(0), slots.at(0));
        assertEquals(day.get(2), slots.at(2));
        assertNull(slots.at(3));
        assertEquals(day.subList(0, 3).stream().map(Candle::high).reduce((a, b) -> a.max(b)).orElseThrow(),
                slots.high());
    }

    @Test
    void whenMoreCandlesThanSlots_thenTheNewestIsInTheLastSlot() throws Exception {
        List<Candle> day = HaltDay.candles();

        CandleSlots slots = new CandleSlots(day, CandleInterval.H1, 5);

        assertEquals(day.get(day.size() - 1), slots.at(4));
        assertEquals(day.get(day.size() - 5), slots.at(0));
    }
}
