package dev.osprey.core.risk;

import java.math.BigDecimal;

/** What pre-trade risk reads of the engine's state; the engine thread provides it, so no locking is needed. */
public interface RiskView {

    /** Mid price, or null while the book is empty. */
    BigDecimal mid(String symbol);

    /** Value of every balance in the quote currency, at mids. */
    BigDecimal equity();

    BigDecimal free(String asset);

    /** Total (free + locked) value of one asset in the quote currency. */
    BigDecimal assetValue(String asset);

    /** Signed position in the base asset. */
    BigDecimal position(String symbol);

    int openPositions();

    int openOrders();

    /** Sum over open positions of what would be lost at their stops (whole value where there is no stop). */
    BigDecimal heat();
}
