package dev.osprey.core.report;

import dev.osprey.core.mode.ClosedTrade;
import dev.osprey.core.order.Fill;
import dev.osprey.core.order.Side;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The per-symbol breakdown of a period: its fills as they come, then its trades and holdings at the end. */
final class SymbolTally {
    private static final class Sums {
        int fills;
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
    }

    private final Map<String, Sums> bySymbol = new TreeMap<>();
    private int fillCount;

    void fill(Fill f, BigDecimal feeInQuote) {
        Sums s = bySymbol.computeIfAbsent(f.symbol(), k -> new Sums());
        s.fills++;
        fillCount++;
        if (f.side() == Side.BUY) {
            s.bought = s.bought.add(f.qty());
        } else {
            s.sold = s.sold.add(f.qty());
        }
        s.volume = s.volume.add(f.notional());
        s.fees = s.fees.add(feeInQuote);
    }

    int fillCount() {
        return fillCount;
    }

    List<TradingReport.SymbolLine> lines(List<ClosedTrade> trades, Map<String, BigDecimal> held) {
        Map<String, Sums> all = new TreeMap<>(bySymbol);
        trades.forEach(t -> all.computeIfAbsent(t.symbol(), k -> new Sums()));
        held.keySet().forEach(symbol -> all.computeIfAbsent(symbol, k -> new Sums()));
        List<TradingReport.SymbolLine> out = new ArrayList<>();
        all.forEach((symbol, s) -> {
            List<ClosedTrade> mine = trades.stream().filter(t -> t.symbol().equals(symbol)).toList();
            BigDecimal realised = mine.stream().map(ClosedTrade::grossPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
            int wins = (int) mine.stream().filter(ClosedTrade::isWin).count();
            out.add(new TradingReport.SymbolLine(symbol, s.fills, s.bought, s.sold, s.volume, s.fees, mine.size(),
                    wins, realised, held.getOrDefault(symbol, BigDecimal.ZERO)));
        });
        return out;
    }
}
