package dev.osprey.core.strategy;

import dev.osprey.core.instrument.Instrument;

import java.math.BigDecimal;

/** What a strategy may read when it decides: its own cash and holdings, and the instrument's rules for sizing. */
public interface StrategyContext {

    /** Cash of this strategy in the quote currency (its capital, plus what it sold, less what it bought and paid). */
    BigDecimal cash();

    /** What this strategy holds of a symbol's base asset. */
    BigDecimal position(String symbol);

    /** True while an order of this strategy is still working: most strategies wait for it to finish. */
    boolean hasWorkingOrders();

    Instrument instrument(String symbol);
}
