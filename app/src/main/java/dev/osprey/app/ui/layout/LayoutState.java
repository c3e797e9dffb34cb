package dev.osprey.app.ui.layout;

import java.util.List;
import java.util.Map;

/**
 * What the trader arranged, kept between runs: divider positions of each split pane (by its id), where the
 * dashboard sits, the theme, the font scale, and which panes sit in which area of the {@link PaneDock} (empty:
 * the default arrangement; a layout file from before panes could move has none).
 */
public record LayoutState(Map<String, double[]> dividers, DashboardPlace dashboard, String theme, double fontScale,
                          Map<String, List<String>> docks) {
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
        docks = docks == null ? Map.of() : Map.copyOf(docks);
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

    /** The first start's layout: everything in its default place. */
    public static LayoutState defaults(String theme, double fontScale) {
        return new LayoutState(Map.of(), DashboardPlace.RIGHT, theme, fontScale, Map.of());
    }

    public LayoutState withDividers(Map<String, double[]> d) {
        return new LayoutState(d, dashboard, theme, fontScale, docks);
    }

    public LayoutState withDashboard(DashboardPlace p) {
        return new LayoutState(dividers, p, theme, fontScale, docks);
    }

    public LayoutState withTheme(String t) {
        return new LayoutState(dividers, dashboard, t, fontScale, docks);
    }

    public LayoutState withDocks(Map<String, List<String>> d) {
        return new LayoutState(dividers, dashboard, theme, fontScale, d);
    }

    /** The scale moved by {@code steps} tenths, kept within bounds. */
    public LayoutState withFontSteps(int steps) {
        double s = Math.round((fontScale + steps * 0.1) * 10) / 10.0;
        return new LayoutState(dividers, dashboard, theme, Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, s)),
                docks);
    }

    public LayoutState withFontScale(double s) {
        return new LayoutState(dividers, dashboard, theme, s, docks);
    }
}
