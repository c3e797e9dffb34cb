package dev.osprey.core.report;

import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.EquityPoint;

import java.math.BigDecimal;
import java.util.List;

/**
 * What happened in one period, in the quote currency. Open holdings are marked at their last fill price (the
 * journal keeps no market data). {@code realised} is the gross P&amp;L of the round trips closed in the period,
 * {@code fees} those of the period's fills, {@code unrealised} the change in open holdings' value over cost across
 * the period, so that {@code netPnl = realised + unrealised - fees = endEquity - startEquity}.
 *
 * @param profitFactor won over lost; infinite when nothing was lost
 * @param sharpe       annualised, from daily returns of the equity curve (0 with fewer than two days)
 */
public record TradingReport(ReportPeriod period, BigDecimal startEquity, BigDecimal endEquity, BigDecimal realised,
                           BigDecimal unrealised, BigDecimal fees, int fillCount, List<ClosedTrade> trades,
                           double winRatePercent, double profitFactor, double sharpe, double maxDrawdownPercent,
                           List<EquityPoint> equity, List<ExposurePoint> exposure, List<SymbolLine> symbols) {

    public TradingReport {
        trades = List.copyOf(trades);
        equity = List.copyOf(equity);
        exposure = List.copyOf(exposure);
        symbols = List.copyOf(symbols);
    }

    public BigDecimal netPnl() {
        return endEquity.subtract(startEquity);
    }

    /** Value of the open holdings at their marks at one moment. */
    public record ExposurePoint(long timeMs, BigDecimal exposure) {
    }

    /** One symbol's share of the period. */
    public record SymbolLine(String symbol, int fills, BigDecimal boughtQty, BigDecimal soldQty, BigDecimal volume,
                             BigDecimal fees, int trades, int wins, BigDecimal realised, BigDecimal heldAtEnd) {
    }
}
