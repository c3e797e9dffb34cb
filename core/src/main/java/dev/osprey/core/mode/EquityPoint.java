package dev.osprey.core.mode;

import java.math.BigDecimal;

/** Account value at one moment: cash plus holdings at their marks, in the quote currency. */
public record EquityPoint(long timeMs, BigDecimal equity) {
}
