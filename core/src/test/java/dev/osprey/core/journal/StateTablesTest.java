package dev.osprey.core.journal;

import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Order;
import dev.osprey.core.order.OrderStatus;
import dev.osprey.core.order.Side;
import dev.osprey.core.portfolio.Position;
import dev.osprey.core.venue.Balance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static dev.osprey.core.journal.MigrationsTest.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StateTablesTest {
    private final JournalCodec codec = new JournalCodec();

    @TempDir
    Path dir;

    @Test
    void whenAnOrderIsSavedTwice_thenOneRowHoldsItsLatestState() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Arrange
            Order submitted = Order.submitted(Messages.limitBuy("c1"), 10L);
            Order accepted = submitted.withVenueOrderId("v1").withStatus(OrderStatus.ACCEPTED, "", 20L);

            // Act
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                w.save(new StateRow.OrderRow("paper", submitted));
                w.save(new StateRow.OrderRow("paper", accepted)).join();
            }

            // Assert
            assertEquals("1", scalar(db, "SELECT COUNT(*) FROM orders"));
            assertEquals("ACCEPTED v1 BTCUSDT BUY LIMIT 0.00100000 60000.10000000 20", scalar(db,
                    "SELECT status || ' ' || venue_order_id || ' ' || symbol || ' ' || side || ' ' || type || ' '"
                            + " || qty || ' ' || price || ' ' || updated_ms FROM orders WHERE client_order_id = 'c1'"));
        }
    }

    @Test
    void whenFillsPositionsAndBalancesAreSaved_thenMoneyIsStoredAtEightDecimals() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Arrange: an average price with more decimals than the column keeps
            Fill fill = new Fill("c1", "v1", "t1", "BTCUSDT", Side.BUY, new BigDecimal("60000.1"),
                    new BigDecimal("0.001"), new BigDecimal("0.06"), "USDT", Liquidity.TAKER, 30L);
            Position position = new Position("BTCUSDT", new BigDecimal("0.003"),
                    new BigDecimal("60000.123456785"), BigDecimal.ZERO, new BigDecimal("0.18"));

            // Act
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                w.save(new StateRow.FillRow("paper", fill));
                w.save(new StateRow.FillRow("paper", fill));
                w.save(new StateRow.PositionRow("paper", position, 30L));
                w.save(new StateRow.BalanceRow("paper", new Balance("USDT", new BigDecimal("9939.84"),
                        BigDecimal.ZERO), 30L));
                CompletableFuture<Long> last = w.save(new StateRow.BalanceRow("paper", new Balance("USDT",
                        new BigDecimal("9879.68"), BigDecimal.ONE), 31L));
                last.join();
            }

            // Assert
            assertEquals("2", scalar(db, "SELECT COUNT(*) FROM fills"));
            assertEquals("60000.12345678", scalar(db, "SELECT avg_price FROM positions WHERE symbol = 'BTCUSDT'"));
            assertEquals("9879.68000000 1.00000000", scalar(db,
                    "SELECT free || ' ' || locked FROM balances WHERE venue = 'paper' AND asset = 'USDT'"));
        }
    }

    @Test
    void whenDeskAndStrategyStateAreSaved_thenEachHasOneCurrentRow() throws Exception {
        try (JournalDatabase db = JournalDatabase.open(dir)) {
            // Act
            try (JournalWriter w = JournalWriter.start(db, codec)) {
                w.save(new StateRow.TradingStatus("PAPER", "ARMED", "ACTIVE", "system", "start", 1L));
                w.save(new StateRow.TradingStatus("PAPER", "ARMED", "HALTED", "desk", "F12", 2L));
                w.save(new StateRow.StrategyStatus("mm-1", "RUNNING", "BUY", 5L, "c7", 6L, 3, 2, 1,
                        new BigDecimal("12.5"), new BigDecimal("-0.25"), 7L)).join();
            }

            // Assert
            assertEquals("HALTED desk F12", scalar(db, "SELECT kill_switch || ' ' || changed_by || ' ' || reason"
                    + " FROM trading_state"));
            assertEquals("1", scalar(db, "SELECT COUNT(*) FROM trading_state"));
            assertEquals("RUNNING 3 12.50000000", scalar(db, "SELECT status || ' ' || trade_count || ' '"
                    + " || realized_pnl FROM strategy_state WHERE strategy_id = 'mm-1'"));
        }
    }
}
