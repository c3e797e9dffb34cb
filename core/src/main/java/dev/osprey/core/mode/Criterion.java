package dev.osprey.core.mode;

/** One line of a validation report: a measure, the comparison it must pass, and its name in JSON. */
public enum Criterion {
    DURATION("duration_days", ">=", "Days of trading"),
    WIN_RATE("win_rate_pct", ">", "Win rate (%)"),
    SHARPE("sharpe_annualised", ">", "Sharpe ratio, daily returns x sqrt(365)"),
    MAX_DRAWDOWN("max_drawdown_pct", "<", "Max drawdown of equity (%)"),
    PROFIT_FACTOR("profit_factor", ">", "Profit factor (gross won / gross lost, net of fees)"),
    TRADES("trades", ">=", "Closed round trips"),
    UNRESOLVED_ERRORS("unresolved_errors", "<=", "Unresolved errors");

    private final String key;
    private final String comparison;
    private final String label;

    Criterion(String key, String comparison, String label) {
        this.key = key;
        this.comparison = comparison;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** How the value must compare with the threshold: {@code >=}, {@code >}, {@code <} or {@code <=}. */
    public String comparison() {
        return comparison;
    }

    public String label() {
        return label;
    }

    boolean passes(double value, double threshold) {
        return switch (comparison) {
            case ">=" -> value >= threshold;
            case ">" -> value > threshold;
            case "<" -> value < threshold;
            default -> value <= threshold;
        };
    }
}
