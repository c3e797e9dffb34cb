package dev.osprey.app.ui.layout;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.StackPane;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trading panes as tabs in three areas (left, upper right, lower right) that the trader rearranges: drag a tab's
 * header onto another area, or use its menu (right click, "Move to ..."). {@link #arrangement()} is what is kept
 * between runs; a saved arrangement naming unknown panes is ignored for those, and panes it does not name (new in
 * this version) go where they go by default.
 */
public final class PaneDock {
    /** Where a pane can sit. The ids stay those of the window before panes could move, for the hotkeys and tests. */
    public enum Area {
        LEFT("market-tabs", "left"),
        UPPER_RIGHT("ticket-tabs", "upper right"),
        LOWER_RIGHT("tabs", "lower right");

        private final String id;
        private final String label;

        Area(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    /** A pane: its id (kept in the layout file), its tab title, what it shows, and where it sits by default. */
    public record Panel(String id, String title, Node content, Area home) {
    }

    private static final String DRAGGED = "dock-dragged-panel";

    private final Map<Area, TabPane> areas = new EnumMap<>(Area.class);
    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final Map<String, ContextMenu> menus = new LinkedHashMap<>();
    private final SplitPane main = new SplitPane();
    private final SplitPane right = new SplitPane();
    private String dragging;

    public PaneDock(List<Panel> panels, Map<String, List<String>> saved) {
        for (Area a : Area.values()) {
            areas.put(a, area(a));
        }
        for (Panel p : panels) {
            tabs.put(p.id(), tab(p));
        }
        Map<String, Area> placed = placement(panels, saved);
        for (Area a : Area.values()) {
            List<String> order = saved.getOrDefault(a.name(), List.of());
            order.stream().filter(id -> placed.get(id) == a).distinct().forEach(id -> add(a, id));
            panels.stream().filter(p -> placed.get(p.id()) == a && !order.contains(p.id())).forEach(p -> add(a, p.id()));
        }
        main.setId("main-split");
        right.setId("centre-split");
        right.setOrientation(Orientation.VERTICAL);
        right.getItems().setAll(holder(Area.UPPER_RIGHT), holder(Area.LOWER_RIGHT));
        right.setDividerPositions(0.45);
        main.getItems().setAll(holder(Area.LEFT), right);
        main.setDividerPositions(0.27);
    }

    public Node node() {
        return main;
    }

    /** Replaces what a pane shows (another instrument's book or ticket), wherever it sits. */
    public void setContent(String panelId, Node content) {
        tabs.get(panelId).setContent(content);
    }

    /** Brings a pane to the front of its area. */
    public void show(String panelId) {
        Tab t = tabs.get(panelId);
        t.getTabPane().getSelectionModel().select(t);
    }

    /** Moves a pane to the end of another area and shows it there. */
    public void moveTo(String panelId, Area to) {
        Tab t = tabs.get(panelId);
        TabPane from = t.getTabPane();
        if (from == areas.get(to)) {
            return;
        }
        from.getTabs().remove(t);
        areas.get(to).getTabs().add(t);
        areas.get(to).getSelectionModel().select(t);
    }

    public Area areaOf(String panelId) {
        TabPane p = tabs.get(panelId).getTabPane();
        return areas.entrySet().stream().filter(e -> e.getValue() == p).findFirst().orElseThrow().getKey();
    }

    /** Each area's panes in order, by id: what the layout file keeps. */
    public Map<String, List<String>> arrangement() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        areas.forEach((a, pane) -> out.put(a.name(), pane.getTabs().stream().map(t -> (String) t.getUserData())
                .toList()));
        return out;
    }

    private static Map<String, Area> placement(List<Panel> panels, Map<String, List<String>> saved) {
        Map<String, Area> placed = new LinkedHashMap<>();
        for (Area a : Area.values()) {
            saved.getOrDefault(a.name(), List.of()).forEach(id -> placed.putIfAbsent(id, a));
        }
        Map<String, Area> out = new LinkedHashMap<>();
        panels.forEach(p -> out.put(p.id(), placed.getOrDefault(p.id(), p.home())));
        return out;
    }

    private void add(Area a, String panelId) {
        areas.get(a).getTabs().add(tabs.get(panelId));
    }

    private Tab tab(Panel p) {
        Label header = new Label(p.title());
        Tab t = new Tab(null, p.content());
        t.setGraphic(header);
        t.setClosable(false);
        t.setId("tab-" + p.id());
        t.setUserData(p.id());
        ContextMenu menu = moveMenu(p.id());
        menus.put(p.id(), menu);
        // shown on the secondary click itself rather than as the tab's context menu: not every platform (the
        // headless one among them) turns a right click into a context-menu request
        header.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                menu.show(header, Side.BOTTOM, 0, 0);
            }
        });
        // a full press-drag-release gesture: it stays in the scene graph, so it works the same on every platform
        header.setOnDragDetected(e -> {
            dragging = p.id();
            header.startFullDrag();
        });
        header.setOnMouseReleased(e -> dragging = null);
        return t;
    }

    private ContextMenu moveMenu(String panelId) {
        ContextMenu menu = new ContextMenu();
        for (Area a : Area.values()) {
            MenuItem move = new MenuItem("Move to " + a.label);
            move.setUserData(a);
            move.setOnAction(e -> moveTo(panelId, a));
            menu.getItems().add(move);
        }
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(i.getUserData() == areaOf(panelId))));
        return menu;
    }

    /**
     * The keyboard's way to move a pane: opens the move menu of the pane in front in the area that has the focus
     * (the lower right one if none has).
     */
    public void moveFocusedPane(Node focused) {
        Area area = Area.LOWER_RIGHT;
        for (Map.Entry<Area, TabPane> e : areas.entrySet()) {
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == e.getValue()) {
                    area = e.getKey();
                }
            }
        }
        Tab front = areas.get(area).getSelectionModel().getSelectedItem();
        if (front != null) {
            menus.get((String) front.getUserData()).show(front.getGraphic(), Side.BOTTOM, 0, 0);
        }
    }

    private TabPane area(Area a) {
        TabPane pane = new TabPane();
        pane.setId(a.id);
        pane.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (dragging != null) {
                pane.getStyleClass().add(DRAGGED);
            }
        });
        pane.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> pane.getStyleClass().remove(DRAGGED));
        pane.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            pane.getStyleClass().remove(DRAGGED);
            if (dragging != null) {
                moveTo(dragging, a);
                dragging = null;
            }
        });
        return pane;
    }

    /** An area with a hint over it while it is empty, so it is still seen as a place to drop a tab. */
    private StackPane holder(Area a) {
        TabPane pane = areas.get(a);
        Label hint = new Label("Drag a tab here");
        hint.getStyleClass().add("dock-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(Bindings.isEmpty(pane.getTabs()));
        return new StackPane(pane, hint);
    }
}
