package dev.osprey.core.market;

/** Market data as a venue or a replay delivers it, already in sync: consumers apply these in order. */
public sealed interface MarketEvent
        permits BookSnapshot, BookDelta, TradePrint, FeedStatus {

    String symbol();

    /** Exchange time of the event in epoch milliseconds (the last known one for messages without their own). */
    long eventTimeMs();
}
