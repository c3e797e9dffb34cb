package dev.osprey.core.portfolio;

import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.order.Fill;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts a fill's fee in the instrument's quote asset for P&amp;L. Venues charge in the quote, in the asset received
 * (Binance: the base on a buy), or in a third asset (BNB); the last is valued at that asset's mid against the quote
 * when there is one, and counted as zero otherwise. The fills list keeps the fee as the venue charged it.
 */
public final class FeeConversion {
    private final Map<String, Instrument> instruments;
    private final Function<String, BigDecimal> mids;

    /** {@code mids}: symbol to mid price, null when unknown. */
    public FeeConversion(Map<String, Instrument> instruments, Function<String, BigDecimal> mids) {
        this.instruments = instruments;
        this.mids = mids;
    }

    public Fill inQuote(Fill f) {
        Instrument ins = instruments.get(f.symbol());
        if (ins == null || f.fee().signum() == 0 || ins.quoteAsset().equals(f.feeAsset())) {
            return f;
        }
        BigDecimal rate = ins.baseAsset().equals(f.feeAsset()) ? f.price() : thirdAssetRate(f.feeAsset(), ins)
                .orElse(BigDecimal.ZERO);
        return new Fill(f.clientOrderId(), f.venueOrderId(), f.tradeId(), f.symbol(), f.side(), f.price(), f.qty(),
                f.fee().multiply(rate), ins.quoteAsset(), f.liquidity(), f.timeMs());
    }

    private Optional<BigDecimal> thirdAssetRate(String asset, Instrument quotedIn) {
        return instruments.values().stream()
                .filter(i -> i.baseAsset().equals(asset) && i.quoteAsset().equals(quotedIn.quoteAsset()))
                .map(i -> mids.apply(i.symbol())).filter(Objects::nonNull).findFirst();
    }
}
