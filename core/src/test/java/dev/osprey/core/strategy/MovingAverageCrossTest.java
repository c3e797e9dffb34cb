package dev.osprey.core.strategy;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovingAverageCrossTest {

    /** A context the test sets by hand: cash, position and whether an order is working. */
    static final class Book implements StrategyContext {
        BigDecimal cash = new BigDecimal("1000");
        BigDecimal position = BigDecimal.ZERO;
        boolean working;

        @Override
        public BigDecimal cash() {
            return cash;
        }

        @Override
        public BigDecimal position(String symbol) {
            return position;
        }

        @Override
        public boolean hasWorkingOrders() {
            return working;
        }

        @Override
        public Instrument instrument(String symbol) {
            return Candles.BTC;
        }
    }

    private final Book book = new Book();
    private final MovingAverageCross cross = new MovingAverageCross(
            new MaCrossConfig("BTCUSDT", 2, 3, new BigDecimal("0.5")));

    /** Feeds the closes; returns, per candle, the intents it gave (empty lists included). */
    private List<List<OrderIntent>> feed(String... closes) {
        List<List<OrderIntent>> out = new ArrayList<>();
        for (Candle c : Candles.series(closes)) {
            out.add(cross.onCandle(c, book));
        }
        return out;
    }

    @Test
    void whenFastCrossesAboveSlow_thenBuysHalfTheCashRoundedDownToTheLot() {
        // Arrange: fast(2)/slow(3) at candle 2: 10.5 vs 10.67 below; at candle 3 (13): 12 vs 11.33 above
        // Act
        List<List<OrderIntent>> out = feed("11", "10", "11", "13");

        // Assert
        assertEquals(List.of(List.of(), List.of(), List.of()), out.subList(0, 3), "warm-up, then the baseline");
        OrderIntent buy = out.get(3).get(0);
        assertEquals(Side.BUY, buy.side());
        assertEquals(OrderType.MARKET, buy.type());
        // 1000 x 0.5 / 13 = 38.4615384... -> 38.46153 at a 0.00001 lot
        assertEquals(new BigDecimal("38.46153"), buy.qty());
        assertTrue(buy.reason().startsWith("fast 2 MA 12.00 crossed above slow 3 MA 11.33"), buy.reason());
    }

    @Test
    void whenFastCrossesBackBelow_thenSellsEverythingHeld() {
        // Arrange
        feed("11", "10", "11", "13");
        book.position = new BigDecimal("38.46153");

        // Act: 13, 9 -> fast 11 vs slow 11: not above, a cross down
        List<List<OrderIntent>> out = feed("9");

        // Assert
        OrderIntent sell = out.get(0).get(0);
        assertEquals(Side.SELL, sell.side());
        assertEquals(new BigDecimal("38.46153"), sell.qty());
    }

    @Test
    void whenTheRelationHoldsOrAnOrderIsWorking_thenNothingIsAsked() {
        // Arrange
        feed("11", "10", "11");
        book.working = true;

        // Act: the cross up happens while an order is working, then fast stays above
        List<List<OrderIntent>> out = feed("13", "14");

        // Assert
        assertEquals(List.of(List.of(), List.of()), out);
    }

    @Test
    void whenAlreadyLongOnACrossUp_thenNoSecondBuy() {
        // Arrange
        feed("11", "10", "11");
        book.position = new BigDecimal("1");

        // Act
        List<List<OrderIntent>> out = feed("13");

        // Assert
        assertEquals(List.of(List.of()), out);
    }

    @Test
    void whenCandlesOfAnotherSymbolArrive_thenTheyAreIgnored() {
        // Arrange
        Candle eth = new Candle("ETHUSDT", Candles.T0, Candles.T0 + 1, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

        // Act / Assert
        assertEquals(List.of(), cross.onCandle(eth, book));
    }

    @Test
    void whenPeriodsAreInverted_thenTheConfigIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new MaCrossConfig("BTCUSDT", 5, 5, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> new MaCrossConfig("BTCUSDT", 2, 5, new BigDecimal("1.5")));
    }
}
