package dev.osprey.app.ui.ladder;

import java.math.BigDecimal;

/**
 * One price of the ladder: book sizes in {@code Scaled} units (0 when no level), own working quantity per side
 * (zero when none) and whether the last trade printed here.
 */
record LadderRow(long price, long bidQty, long askQty, BigDecimal ownBuy, BigDecimal ownSell, boolean lastTrade) {
}
