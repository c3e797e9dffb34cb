package dev.osprey.app.ui;

import java.math.BigDecimal;

/** What a fresh ticket shows: the default quantity and the bracket distances from config. */
record TicketDefaults(BigDecimal qty, BigDecimal stopLossPercent, BigDecimal takeProfitPercent,
                      BigDecimal trailArmPercent) {
}
