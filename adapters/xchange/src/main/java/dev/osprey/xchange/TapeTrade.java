package dev.osprey.xchange;

import java.math.BigDecimal;

/**
 * One print of a venue's public tape as its Raw service gives it: the venue's trade id (null when it has none), and
 * whether the taker sold. {@code timeMs} is 0 when the venue did not say.
 */
record TapeTrade(String id, BigDecimal price, BigDecimal qty, boolean takerSold, long timeMs) {
}
