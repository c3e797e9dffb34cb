package dev.osprey.core.mode;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Liquidity;
import dev.osprey.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TradeLedgerTest {
    static final Instrument BTC = new Instrument("BTCUSDT", "BTC", "USDT", new BigDecimal("0.01"),
            new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("5"));

    private static Fill fill(Side side, String price, String qty, String fee, String feeAsset, long t) {
        return new Fill("c" + t, "v" + t, "t" + t, "BTCUSDT", side, new BigDecimal(price), new BigDecimal(qty),
                new BigDecimal(fee), feeAsset, Liquidity.TAKER, t);
    }

    @Test
    void whenBoughtInTwoFillsAndSoldFlat_thenOneRoundTripWithBothSidesFees() {
        // Arrange
        TradeLedger ledger = new TradeLedger(Map.of("BTCUSDT", BTC), new BigDecimal("10000"));

        // Act
        ledger.onFill(fill(Side.BUY, "40000", "0.1", "4", "USDT", 1000));
        ledger.onFill(fill(Side.BUY, "42000", "0.1", "4.2", "USDT", 2000));
        ledger.mark("BTCUSDT", new BigDecimal("41500"), 2500);
        ledger.onFill(fill(Side.SELL, "43000", "0.2", "8.6", "USDT", 3000));
        ledger.mark("BTCUSDT", new BigDecimal("43000"), 3500);

        // Assert
        TradeRecord r = ledger.record();
        assertEquals(1, r.trades().size());
        ClosedTrade t = r.trades().get(0);
        assertEquals(1000, t.entryTimeMs());
        assertEquals(3000, t.exitTimeMs());
        assertEquals(0, new BigDecimal("41000").compareTo(t.entryPrice()));
        assertEquals(0, new BigDecimal("400").compareTo(t.grossPnl()), "8600 - 8200");
        assertEquals(0, new BigDecimal("16.8").compareTo(t.fees()));
        assertEquals(0, new BigDecimal("10383.2").compareTo(ledger.cash()));
        assertEquals(0, new BigDecimal("383.2").compareTo(ledger.netPnl()));
        // 10000 - 8200 - 8.2 = 1791.8 cash + 0.2 x 41500
        assertEquals(0, new BigDecimal("10091.8").compareTo(r.equity().get(0).equity()));
    }

    @Test
    void whenTheBuyFeeIsInBtc_thenTheDustLeftClosesTheTrip() {
        // Arrange: Binance takes the buy fee in BTC, so 0.00001 BTC less arrives than was bought
        TradeLedger ledger = new TradeLedger(Map.of("BTCUSDT", BTC), new BigDecimal("10000"));

        // Act
        ledger.onFill(fill(Side.BUY, "40000", "0.01", "0.00001", "BTC", 1000));
        ledger.onFill(fill(Side.SELL, "40000", "0.00999", "0.3996", "USDT", 2000));

        // Assert
        assertEquals(1, ledger.record().trades().size());
        assertEquals(0, new BigDecimal("0.7996").compareTo(ledger.record().trades().get(0).fees()));
        assertEquals(0, BigDecimal.ZERO.compareTo(ledger.position("BTCUSDT")));
    }
}
