package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine measured at one moment, built on the engine thread for each {@link CircuitBreaker#evaluate}.
 * Equity is in the account's quote currency. {@link EquityMarks} keeps the day-start and peak figures.
 *
 * @param nowMs              engine time
 * @param dayStartEquity     equity at the start of the trading day (UTC midnight or the configured reset time)
 * @param peakEquity         highest equity seen
 * @param consecutiveLosses  losing round-trips (flat to flat, net of fees) since the last winning one
 * @param venues             per venue: API health and heartbeat
 * @param dataAgeMs          per symbol: ms since its last market-data event
 * @param positions          open positions with their recent returns, for correlation
 * @param realisedVolatility per symbol, in the units of {@link BreakerConfig#targetVolatility()}
 */
public record PortfolioMetrics(long nowMs, BigDecimal equity, BigDecimal dayStartEquity, BigDecimal peakEquity,
                               int consecutiveLosses, Map<String, VenueHealth> venues, Map<String, Long> dataAgeMs,
                               List<PositionReturns> positions, Map<String, Double> realisedVolatility) {
    public PortfolioMetrics {
        Objects.requireNonNull(equity, "equity");
        Objects.requireNonNull(dayStartEquity, "dayStartEquity");
        Objects.requireNonNull(peakEquity, "peakEquity");
        venues = Map.copyOf(venues);
        dataAgeMs = Map.copyOf(dataAgeMs);
        positions = List.copyOf(positions);
        realisedVolatility = Map.copyOf(realisedVolatility);
    }

    /** Equity only: no venues, market data, positions or volatility (a quiet moment, or a test). */
    public static PortfolioMetrics equityOnly(long nowMs, BigDecimal equity, BigDecimal dayStartEquity,
                                              BigDecimal peakEquity) {
        return new PortfolioMetrics(nowMs, equity, dayStartEquity, peakEquity, 0, Map.of(), Map.of(), List.of(),
                Map.of());
    }

    /**
     * @param errorRate           errors / requests over the venue's window (0-1)
     * @param latencyP99Ms        p99 request latency over the same window
     * @param msSinceHeartbeat    since the venue's last heartbeat (or any message, for venues without one)
     * @param heartbeatIntervalMs the venue's heartbeat interval; 0 = no heartbeat to watch
     */
    public record VenueHealth(double errorRate, long latencyP99Ms, long msSinceHeartbeat, long heartbeatIntervalMs) {
    }

    /**
     * One open position's recent returns, oldest first, signed by the position's direction (a short's return is the
     * negated price return), so a positive correlation means the two positions win and lose together.
     */
    public record PositionReturns(String symbol, List<Double> returns) {
        public PositionReturns {
            Objects.requireNonNull(symbol, "symbol");
            returns = List.copyOf(returns);
        }
    }
}
