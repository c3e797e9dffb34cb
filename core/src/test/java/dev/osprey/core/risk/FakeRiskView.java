package dev.osprey.core.risk;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** A portfolio set by hand: 10,000 USDT, BTC at 50,000 mid unless a test changes it. */
final class FakeRiskView implements RiskView {
    final Map<String, BigDecimal> mids = new HashMap<>(Map.of("BTCUSDT", new BigDecimal("50000")));
    final Map<String, BigDecimal> free = new HashMap<>(Map.of("USDT", new BigDecimal("10000")));
    final Map<String, BigDecimal> assetValues = new HashMap<>();
    final Map<String, BigDecimal> positions = new HashMap<>();
    BigDecimal equity = new BigDecimal("10000");
    BigDecimal heat = BigDecimal.ZERO;
    int openPositions;
    int openOrders;

    @Override
    public BigDecimal mid(String symbol) {
        return mids.get(symbol);
    }

    @Override
    public BigDecimal equity() {
        return equity;
    }

    @Override
    public BigDecimal free(String asset) {
        return free.getOrDefault(asset, BigDecimal.ZERO);
    }

    @Override
    public BigDecimal assetValue(String asset) {
        return assetValues.getOrDefault(asset, BigDecimal.ZERO);
    }

    @Override
    public BigDecimal position(String symbol) {
        return positions.getOrDefault(symbol, BigDecimal.ZERO);
    }

    @Override
    public int openPositions() {
        return openPositions;
    }

    @Override
    public int openOrders() {
        return openOrders;
    }

    @Override
    public BigDecimal heat() {
        return heat;
    }
}
