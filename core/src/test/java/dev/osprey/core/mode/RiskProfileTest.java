package dev.osprey.core.mode;

import dev.osprey.core.risk.RiskLimits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RiskProfileTest {
    private static final RiskLimits BASE = new RiskLimits(Set.of(), new BigDecimal("50"),
            Map.of("BTCUSDT", BigDecimal.ONE), new BigDecimal("5000"), new BigDecimal("5"), 10, 50, true,
            new BigDecimal("100"), new BigDecimal("20"), new BigDecimal("5000"), new BigDecimal("20"), 5,
            new BigDecimal("40"), new BigDecimal("30"), Set.of("USDT"));

    @Test
    void whenLiveMinimal_thenBtcOnly_andExposureAndRiskPerTradeTightenTheBase() {
        // Arrange
        RiskProfile minimal = LiveStages.defaults().stage(0).profile();

        // Act
        RiskLimits l = minimal.toRiskLimits(BASE, new BigDecimal("10000"));

        // Assert
        assertEquals(Set.of("BTCUSDT"), l.allowedSymbols());
        assertEquals(0, new BigDecimal("2").compareTo(l.maxPositionPercent()));
        assertEquals(0, new BigDecimal("200").compareTo(l.maxOrderNotional()), "2 % of 10,000");
        assertEquals(0, new BigDecimal("200").compareTo(l.maxPositionNotional()));
        assertEquals(1, l.maxOpenPositions());
        assertEquals(0, new BigDecimal("0.1").compareTo(l.maxPortfolioHeatPercent()), "0.1 % x 1 position");
        assertEquals(BASE.minOrderValue(), l.minOrderValue());
        assertEquals(BASE.priceBandPercent(), l.priceBandPercent());
        assertEquals(BASE.stablecoinReservePercent(), l.stablecoinReservePercent());
    }

    @Test
    void whenTheTopStage_thenThreeSymbolsShareTheHeat() {
        // Act
        RiskLimits l = LiveStages.defaults().stage(2).profile().toRiskLimits(BASE, null);

        // Assert
        assertEquals(Set.of("BTCUSDT", "ETHUSDT", "BNBUSDT"), l.allowedSymbols());
        assertEquals(3, l.maxOpenPositions());
        assertEquals(0, new BigDecimal("1.5").compareTo(l.maxPortfolioHeatPercent()));
        assertEquals(0, new BigDecimal("10").compareTo(l.maxPositionPercent()));
        assertEquals(BASE.maxOrderNotional(), l.maxOrderNotional(), "no equity given: the base limit stays");
    }

    @Test
    void whenAProfileIsLooserThanTheBase_thenTheBaseWins() {
        // Arrange: exposure 50 % against a configured 20 %
        RiskProfile loose = new RiskProfile(new BigDecimal("50"), new BigDecimal("50"), Set.of("BTCUSDT"));

        // Act
        RiskLimits l = loose.toRiskLimits(BASE, new BigDecimal("100000"));

        // Assert
        assertEquals(0, new BigDecimal("20").compareTo(l.maxPositionPercent()));
        assertEquals(0, new BigDecimal("5000").compareTo(l.maxOrderNotional()));
        assertEquals(0, new BigDecimal("30").compareTo(l.maxPortfolioHeatPercent()));
    }

    @Test
    void whenPaper_thenTheConfiguredLimitsStandAsTheyAre() {
        // Act
        RiskLimits l = RiskProfile.unrestricted().toRiskLimits(BASE, new BigDecimal("10000"));

        // Assert
        assertEquals(BASE, l);
        assertSame(BASE.allowedSymbols(), l.allowedSymbols());
    }
}
