package dev.osprey.app.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.osprey.core.mode.CriterionResult;
import dev.osprey.core.mode.TradeRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** A rehearsal as JSON lines: one report per path, then the comparison. Money as strings, measures as numbers. */
public final class RehearsalJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RehearsalJson() {
    }

    public static List<String> lines(Rehearsal r, RehearsalSettings s) {
        return List.of(run(r, r.backtest(), s).toString(), run(r, r.paper(), s).toString(),
                comparison(r.comparison()).toString());
    }

    static ObjectNode run(Rehearsal r, RehearsalRun run, RehearsalSettings s) {
        ObjectNode o = JSON.createObjectNode();
        TradeRecord rec = run.record();
        o.put("run", run.path());
        o.put("symbol", s.instrument().symbol());
        o.put("strategy", "MA cross " + s.strategy().fastPeriod() + "/" + s.strategy().slowPeriod());
        o.put("sizeFraction", s.strategy().sizeFraction().toPlainString());
        o.put("feeBps", s.feeBps().toPlainString());
        o.put("capital", s.capital().toPlainString());
        o.put("from", Instant.ofEpochMilli(rec.fromMs()).toString());
        o.put("to", Instant.ofEpochMilli(rec.toMs()).toString());
        o.put("candles", r.candles());
        ArrayNode gaps = o.putArray("gaps");
        r.gaps().forEach(g -> gaps.addObject().put("from", Instant.ofEpochMilli(g.fromOpenMs()).toString())
                .put("missing", g.missing()));
        o.put("orders", run.orders());
        o.put("trades", rec.trades().size());
        o.put("finalEquity", money(run.finalEquity()));
        o.put("netPnl", money(run.finalEquity().subtract(s.capital())));
        o.put("fees", money(run.fees()));
        if (run.venueEquity() != null) {
            o.put("venueEquity", money(run.venueEquity()));
        }
        o.put("passed", run.report().passed());
        ArrayNode criteria = o.putArray("criteria");
        for (CriterionResult c : run.report().results()) {
            ObjectNode n = criteria.addObject();
            n.put("criterion", c.criterion().key());
            measure(n, "value", c.value());
            n.put("op", c.criterion().comparison());
            measure(n, "threshold", c.threshold());
            n.put("pass", c.passed());
            n.put("explanation", c.explanation());
        }
        o.put("elapsedMs", run.elapsedMs());
        o.put("candlesPerSecond", run.elapsedMs() == 0 ? r.candles() * 1000L : r.candles() * 1000L / run.elapsedMs());
        return o;
    }

    static ObjectNode comparison(RehearsalComparison c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("comparison", "backtest vs paper");
        o.put("agree", c.agree());
        o.put("trades", c.backtestTrades() + " vs " + c.paperTrades());
        o.put("matchedTrades", c.matchedTrades());
        o.put("backtestEquity", money(c.backtestEquity()));
        o.put("paperEquity", money(c.paperEquity()));
        measure(o, "equityDiffPct", c.equityDiffPercent());
        measure(o, "maxCurveDiffPct", c.maxCurveDiffPercent());
        o.put("feeEffect", money(c.feeEffect()));
        o.put("fillPriceEffect", money(c.fillPriceEffect()));
        o.put("sizingEffect", money(c.otherEffect()));
        o.put("paperBooksVsVenue", money(c.paperBooksVsVenue()));
        ArrayNode d = o.putArray("criteriaDisagreeing");
        c.criteriaDisagreeing().forEach(d::add);
        o.put("explanation", c.explanation());
        return o;
    }

    /** Infinity (a profit factor with no losing trade) is not JSON: it goes out as the string "inf". */
    private static void measure(ObjectNode o, String field, double v) {
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            o.put(field, Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf");
        } else {
            o.put(field, BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN));
        }
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
