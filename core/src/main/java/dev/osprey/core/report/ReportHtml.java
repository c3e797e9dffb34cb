package dev.osprey.core.report;

import dev.osprey.core.mode.ClosedTrade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The report as one self-contained HTML page: figures, per-symbol table, trades, and inline SVG charts. */
final class ReportHtml {
    private static final String STYLE = "body{font-family:sans-serif;margin:24px;color:#222}"
            + "table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:right}th{background:#eee}td:first-child,th:first-child{text-align:left}"
            + ".neg{color:#c62828}.pos{color:#2e7d32}";

    static final int TRADES_SHOWN = 1_000;

    private ReportHtml() {
    }

    static String render(TradingReport r, String generatedAt) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Osprey ").append(escape(r.period().kind())).append(" report ")
                .append(escape(r.period().title())).append("</title><style>").append(STYLE).append("</style></head>")
                .append("<body><h1>Osprey ").append(escape(r.period().kind())).append(" report</h1><p>")
                .append(escape(r.period().title())).append(" — generated ").append(escape(generatedAt))
                .append(". Money in the quote currency; open holdings at their last fill price.</p>");
        summary(b, r);
        b.append("<h2>Equity</h2>").append(SvgChart.line("Equity", times(r), r.equity().stream()
                .mapToDouble(p -> p.equity().doubleValue()).toArray(), "#1565c0"));
        b.append("<h2>Exposure over time</h2>").append(SvgChart.line("Exposure", times(r), r.exposure().stream()
                .mapToDouble(p -> p.exposure().doubleValue()).toArray(), "#ef6c00"));
        symbols(b, r.symbols());
        trades(b, r.trades(), r.period().name() + "-trades.csv");
        return b.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder b, TradingReport r) {
        b.append("<h2>Summary</h2><table id=\"summary\"><tr><th>Figure</th><th>Value</th></tr>");
        row(b, "Net P&amp;L", money(r.netPnl()));
        row(b, "Realised P&amp;L", money(r.realised()));
        row(b, "Unrealised P&amp;L (change)", money(r.unrealised()));
        row(b, "Fees", money(r.fees()));
        row(b, "Start equity", money(r.startEquity()));
        row(b, "End equity", money(r.endEquity()));
        row(b, "Fills", Integer.toString(r.fillCount()));
        row(b, "Trades (round trips closed)", Integer.toString(r.trades().size()));
        row(b, "Win rate", ReportCsv.number(r.winRatePercent()) + " %");
        row(b, "Profit factor", ReportCsv.number(r.profitFactor()));
        row(b, "Sharpe (annualised, daily)", ReportCsv.number(r.sharpe()));
        row(b, "Max drawdown", ReportCsv.number(r.maxDrawdownPercent()) + " %");
        b.append("</table>");
    }

    private static void symbols(StringBuilder b, List<TradingReport.SymbolLine> lines) {
        b.append("<h2>Per symbol</h2>").append(SvgChart.bars("Realised P&L by symbol",
                lines.stream().map(TradingReport.SymbolLine::symbol).toList(),
                lines.stream().mapToDouble(l -> l.realised().doubleValue()).toArray()));
        b.append("<table id=\"symbols\"><tr><th>Symbol</th><th>Fills</th><th>Bought</th><th>Sold</th>"
                + "<th>Volume</th><th>Fees</th><th>Trades</th><th>Wins</th><th>Realised</th><th>Held at end</th></tr>");
        for (TradingReport.SymbolLine l : lines) {
            b.append("<tr><td>").append(escape(l.symbol())).append("</td><td>").append(l.fills()).append("</td><td>")
                    .append(ReportCsv.money(l.boughtQty())).append("</td><td>").append(ReportCsv.money(l.soldQty()))
                    .append("</td><td>").append(money(l.volume())).append("</td><td>").append(money(l.fees()))
                    .append("</td><td>").append(l.trades()).append("</td><td>").append(l.wins()).append("</td><td>")
                    .append(money(l.realised())).append("</td><td>").append(ReportCsv.money(l.heldAtEnd()))
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    /** The last {@link #TRADES_SHOWN} trades; the CSV has them all. */
    private static void trades(StringBuilder b, List<ClosedTrade> all, String csv) {
        List<ClosedTrade> trades = all.subList(Math.max(0, all.size() - TRADES_SHOWN), all.size());
        b.append("<h2>Trades</h2>");
        if (trades.size() < all.size()) {
            b.append("<p>The last ").append(trades.size()).append(" of ").append(all.size()).append(" trades; all of "
                    + "them are in ").append(escape(csv)).append(".</p>");
        }
        b.append("<table id=\"trades\"><tr><th>Symbol</th><th>Entry</th><th>Exit</th><th>Qty</th>"
                + "<th>Entry price</th><th>Exit price</th><th>Gross</th><th>Fees</th><th>Net</th></tr>");
        for (ClosedTrade t : trades) {
            b.append("<tr><td>").append(escape(t.symbol())).append("</td><td>").append(ReportCsv.time(t.entryTimeMs()))
                    .append("</td><td>").append(ReportCsv.time(t.exitTimeMs())).append("</td><td>")
                    .append(ReportCsv.money(t.qty())).append("</td><td>").append(money(t.entryPrice()))
                    .append("</td><td>").append(money(t.exitPrice())).append("</td><td>").append(money(t.grossPnl()))
                    .append("</td><td>").append(money(t.fees())).append("</td><td>").append(money(t.netPnl()))
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("<tr><td>").append(name).append("</td><td>").append(value).append("</td></tr>");
    }

    private static String money(BigDecimal v) {
        String text = v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return v.signum() < 0 ? "<span class=\"neg\">" + text + "</span>" : text;
    }

    private static long[] times(TradingReport r) {
        return r.equity().stream().mapToLong(p -> p.timeMs()).toArray();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
