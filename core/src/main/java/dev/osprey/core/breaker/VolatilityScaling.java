package dev.osprey.core.breaker;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.TreeMap;

/** Entry size shrinks as realised volatility rises above the target, so risk per position stays about level. */
public final class VolatilityScaling {

    private VolatilityScaling() {
    }

    /** min(1, target / realised); 1 when there is no usable reading (no data is not a reason to trade smaller). */
    public static BigDecimal factor(BigDecimal target, double realised) {
        if (target == null || Double.isNaN(realised) || Double.isInfinite(realised) || realised <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal r = BigDecimal.valueOf(realised);
        return r.compareTo(target) <= 0 ? BigDecimal.ONE : target.divide(r, MathContext.DECIMAL64);
    }

    /** Per symbol; only symbols scaled below 1 are listed. */
    static Map<String, BigDecimal> factors(BigDecimal target, Map<String, Double> realised) {
        Map<String, BigDecimal> out = new TreeMap<>();
        realised.forEach((symbol, vol) -> {
            BigDecimal f = factor(target, vol == null ? Double.NaN : vol);
            if (f.compareTo(BigDecimal.ONE) < 0) {
                out.put(symbol, f);
            }
        });
        return Map.copyOf(out);
    }
}
