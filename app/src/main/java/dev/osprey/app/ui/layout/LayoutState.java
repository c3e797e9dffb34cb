package dev.osprey.app.ui.layout;

import java.util.Map;

/**
 * What the trader arranged, kept between runs: divider positions of each split pane (by its id), where the
 * dashboard sits, the theme and the font scale.
 */
public record LayoutState(Map<String, double[]> dividers, DashboardPlace dashboard, String theme, double fontScale) {
    public static final double MIN_FONT_SCALE = 0.75;
    public static final double MAX_FONT_SCALE = 2.0;

    public enum DashboardPlace {
        RIGHT,
        BOTTOM,
        HIDDEN;

        public DashboardPlace next() {
            return values()[(ordinal() + 1) % values().length];
        }
    }

    public LayoutState {
        dividers = Map.copyOf(dividers);
        if (!"dark".equals(theme) && !"light".equals(theme)) {
            throw new IllegalArgumentException("theme must be dark or light, got " + theme);
        }
        if (!(fontScale >= MIN_FONT_SCALE && fontScale <= MAX_FONT_SCALE)) {
            throw new IllegalArgumentException("font scale must be from 0.75 to 2, got " + fontScale);
        }
        if (dashboard == null) {
            throw new IllegalArgumentException("dashboard place is required");
        }
    }

    public LayoutState withDividers(Map<String, double[]> d) {
        return new LayoutState(d, dashboard, theme, fontScale);
    }

    public LayoutState withDashboard(DashboardPlace p) {
        return new LayoutState(dividers, p, theme, fontScale);
    }

    public LayoutState withTheme(String t) {
        return new LayoutState(dividers, dashboard, t, fontScale);
    }

    /** The scale moved by {@code steps} tenths, kept within bounds. */
    public LayoutState withFontSteps(int steps) {
        double s = Math.round((fontScale + steps * 0.1) * 10) / 10.0;
        return new LayoutState(dividers, dashboard, theme, Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, s)));
    }

    public LayoutState withFontScale(double s) {
        return new LayoutState(dividers, dashboard, theme, s);
    }
}
