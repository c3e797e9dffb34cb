package dev.osprey.core.report;

import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.mode.EquityPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The report as CSV tables for a spreadsheet: summary, trades, per symbol, equity and exposure over time. */
final class ReportCsv {
    private ReportCsv() {
    }

    static String summary(TradingReport r) {
        StringBuilder b = new StringBuilder("figure,value\n");
        row(b, "period", r.period().kind());
        row(b, "from", r.period().first().toString());
        row(b, "to", r.period().last().toString());
        row(b, "start_equity", money(r.startEquity()));
        row(b, "end_equity", money(r.endEquity()));
        row(b, "net_pnl", money(r.netPnl()));
        row(b, "realised_pnl", money(r.realised()));
        row(b, "unrealised_pnl", money(r.unrealised()));
        row(b, "fees", money(r.fees()));
        row(b, "fills", Integer.toString(r.fillCount()));
        row(b, "trades", Integer.toString(r.trades().size()));
        row(b, "win_rate_percent", number(r.winRatePercent()));
        row(b, "profit_factor", number(r.profitFactor()));
        row(b, "sharpe", number(r.sharpe()));
        row(b, "max_drawdown_percent", number(r.maxDrawdownPercent()));
        return b.toString();
    }

    static String trades(List<ClosedTrade> trades) {
        StringBuilder b = new StringBuilder("symbol,entry_time,exit_time,qty,entry_price,exit_price,gross_pnl,fees,"
                + "net_pnl\n");
        for (ClosedTrade t : trades) {
            b.append(String.join(",", t.symbol(), time(t.entryTimeMs()), time(t.exitTimeMs()), money(t.qty()),
                    money(t.entryPrice()), money(t.exitPrice()), money(t.grossPnl()), money(t.fees()),
                    money(t.netPnl()))).append('\n');
        }
        return b.toString();
    }

    static String symbols(List<TradingReport.SymbolLine> lines) {
        StringBuilder b = new StringBuilder("symbol,fills,bought_qty,sold_qty,volume,fees,trades,wins,realised_pnl,"
                + "held_at_end\n");
        for (TradingReport.SymbolLine l : lines) {
            b.append(String.join(",", l.symbol(), Integer.toString(l.fills()), money(l.boughtQty()),
                    money(l.soldQty()), money(l.volume()), money(l.fees()), Integer.toString(l.trades()),
                    Integer.toString(l.wins()), money(l.realised()), money(l.heldAtEnd()))).append('\n');
        }
        return b.toString();
    }

    static String curves(TradingReport r) {
        StringBuilder b = new StringBuilder("time,equity,exposure\n");
        for (int i = 0; i < r.equity().size(); i++) {
            EquityPoint p = r.equity().get(i);
            b.append(time(p.timeMs())).append(',').append(money(p.equity())).append(',')
                    .append(money(r.exposure().get(i).exposure())).append('\n');
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append(name).append(',').append(value).append('\n');
    }

    static String money(BigDecimal v) {
        return v.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static String number(double v) {
        return Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String time(long ms) {
        return Instant.ofEpochMilli(ms).toString();
    }
}
