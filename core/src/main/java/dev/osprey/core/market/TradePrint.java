package dev.osprey.core.market;

/** A public trade. {@code buyerIsMaker} true means the aggressor sold (the trade hit the bid). */
public record TradePrint(String symbol, long tradeId, long price, long qty, boolean buyerIsMaker, long tradeTimeMs,
                         long eventTimeMs) implements MarketEvent {
}
