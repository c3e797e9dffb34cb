package dev.osprey.app.ui.chart;

import java.math.BigDecimal;

/** Maps a value range onto pixel rows, highest at the top. Doubles only for pixels; values stay BigDecimal. */
final class Scale {
    private final BigDecimal low;
    private final double top;
    private final double pixelsPerUnit;
    private final BigDecimal high;

    private Scale(BigDecimal low, BigDecimal high, double top, double bottom) {
        this.low = low;
        this.high = high;
        this.top = top;
        this.pixelsPerUnit = (bottom - top) / high.subtract(low).doubleValue();
    }

    /** A range around [low, high] with a little room above and below; a flat range gets one unit of height. */
    static Scale of(BigDecimal low, BigDecimal high, double top, double bottom) {
        BigDecimal span = high.subtract(low);
        BigDecimal pad = span.signum() == 0 ? BigDecimal.ONE : span.multiply(new BigDecimal("0.05"));
        return new Scale(low.subtract(pad), high.add(pad), top, bottom);
    }

    double at(BigDecimal v) {
        return top + high.subtract(v).doubleValue() * pixelsPerUnit;
    }

    BigDecimal low() {
        return low;
    }

    BigDecimal high() {
        return high;
    }
}
