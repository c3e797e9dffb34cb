package dev.osprey.app.ui.layout;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;

import java.util.HashMap;
import java.util.Map;

/**
 * The window's arrangement: the trading panes (a {@link PaneDock}) and the dashboard side by side (or one above the
 * other, or the dashboard hidden), and the dividers of every split pane that has an id. {@link #capture} reads what the trader
 * dragged; {@link #restore} puts it back.
 */
public final class DeskLayout {
    static final String DESK_SPLIT = "desk-split";
    private static final double DASHBOARD_RIGHT = 0.78;
    private static final double DASHBOARD_BOTTOM = 0.72;

    private final SplitPane desk = new SplitPane();
    private final PaneDock dock;
    private final Node trading;
    private final Node dashboard;
    private LayoutState state;

    public DeskLayout(PaneDock dock, Node dashboard, LayoutState initial) {
        this.dock = dock;
        this.trading = dock.node();
        this.dashboard = dashboard;
        this.state = initial;
        desk.setId(DESK_SPLIT);
        place(initial.dashboard());
    }

    public Node node() {
        return desk;
    }

    public LayoutState state() {
        return state;
    }

    public PaneDock dock() {
        return dock;
    }

    public void update(LayoutState s) {
        this.state = s;
    }

    /** Moves the dashboard to its next place (right, bottom, hidden) and returns the new place. */
    public LayoutState.DashboardPlace cycleDashboard() {
        state = capture().withDashboard(state.dashboard().next());
        place(state.dashboard());
        return state.dashboard();
    }

    private void place(LayoutState.DashboardPlace p) {
        if (p == LayoutState.DashboardPlace.HIDDEN) {
            desk.getItems().setAll(trading);
            return;
        }
        desk.setOrientation(p == LayoutState.DashboardPlace.RIGHT ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        desk.getItems().setAll(trading, dashboard);
        double[] saved = state.dividers().get(key(p));
        desk.setDividerPositions(saved != null ? saved
                : new double[] {p == LayoutState.DashboardPlace.RIGHT ? DASHBOARD_RIGHT : DASHBOARD_BOTTOM});
    }

    /** The state with the dividers and the panes' places as they are now on screen. */
    public LayoutState capture() {
        Map<String, double[]> d = new HashMap<>(state.dividers());
        collect(desk, d);
        state = state.withDividers(d).withDocks(dock.arrangement());
        return state;
    }

    /** Puts saved divider positions on the split panes under {@code root} (call once the window is built). */
    public void restore(Parent root) {
        apply(root, state.dividers());
    }

    private void collect(Node n, Map<String, double[]> into) {
        if (n instanceof SplitPane sp) {
            if (sp.getId() != null && !sp.getDividers().isEmpty()) {
                into.put(key(sp), sp.getDividerPositions());
            }
            sp.getItems().forEach(i -> collect(i, into));
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    private void apply(Node n, Map<String, double[]> saved) {
        if (n instanceof SplitPane sp) {
            double[] d = sp.getId() == null ? null : saved.get(key(sp));
            if (d != null && d.length == sp.getDividers().size()) {
                sp.setDividerPositions(d);
            }
            sp.getItems().forEach(i -> apply(i, saved));
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> apply(c, saved));
        }
    }

    /** The desk split's dividers differ by where the dashboard is, so each place keeps its own. */
    private String key(SplitPane sp) {
        return sp == desk ? key(state.dashboard()) : sp.getId();
    }

    private static String key(LayoutState.DashboardPlace p) {
        return DESK_SPLIT + "." + p.name().toLowerCase(java.util.Locale.ROOT);
    }
}
