package dev.osprey.app.ui.dashboard;

import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.engine.EngineSnapshot;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.TilePane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TilesFX tiles with the desk at a glance: P&amp;L, exposure, positions, mode, breaker, feeds, venues, latency and
 * order pace. Rendered from the engine snapshot at most a few times a second (ages tick even when nothing else
 * changes); a tile is redrawn only when its text changed.
 */
public final class DashboardView extends ScrollPane {
    private static final long REFRESH_MS = 250;

    private final DashboardFigures figures;
    private final TilePane tiles = new TilePane(6, 6);
    private final Map<String, Tile> byId = new HashMap<>();
    private final Map<String, Figure> shown = new HashMap<>();
    private EngineSnapshot rendered;
    private long renderedAtMs;
    private TileColours colours = TileColours.DARK;

    public DashboardView(String mode, long staleFeedMs, BreakerConfig breakers) {
        this.figures = new DashboardFigures(mode, staleFeedMs, new BreakerCooldowns(breakers));
        setId("dashboard");
        getStyleClass().add("dashboard");
        tiles.setPadding(new Insets(6));
        tiles.setPrefTileWidth(148);
        tiles.setPrefTileHeight(116);
        setContent(tiles);
        setFitToWidth(true);
    }

    /** Called every pulse; does work only when the snapshot is new or the ages on screen are due a tick. */
    public void render(EngineSnapshot s, long wallNowMs) {
        if (s == rendered && wallNowMs - renderedAtMs < REFRESH_MS) {
            return;
        }
        rendered = s;
        renderedAtMs = wallNowMs;
        List<Figure> now = figures.of(s, wallNowMs);
        for (Figure f : now) {
            if (!f.equals(shown.get(f.id()))) {
                show(tile(f), f);
                shown.put(f.id(), f);
            }
        }
    }

    /** Tiles draw their own colours (not CSS): the theme hands them a palette. */
    public void colours(TileColours c) {
        this.colours = c;
        for (Tile t : byId.values()) {
            c.paint(t);
        }
        shown.values().forEach(f -> show(byId.get(f.id()), f));
    }

    private Tile tile(Figure f) {
        return byId.computeIfAbsent(f.id(), id -> {
            Tile t = TileBuilder.create()
                    .skinType(Tile.SkinType.TEXT)
                    .prefSize(148, 116)
                    .title(f.title())
                    .textAlignment(TextAlignment.LEFT)
                    .descriptionAlignment(Pos.CENTER)
                    .textVisible(true)
                    .animated(false)
                    .build();
            t.setId("tile-" + id);
            colours.paint(t);
            tiles.getChildren().add(t);
            return t;
        });
    }

    private void show(Tile t, Figure f) {
        t.setDescription(f.value());
        t.setText(f.detail());
        t.setDescriptionColor(colours.level(f.level()));
    }

    /** What a tile says now, for tests and screen readers: title, value and detail. */
    public String textOf(String id) {
        Figure f = shown.get(id);
        return f == null ? "" : f.title() + ": " + f.value() + " (" + f.detail() + ")";
    }

    /** Colours for tiles in one theme. */
    public record TileColours(Color background, Color title, Color text, Color ok, Color warn, Color alert) {
        public static final TileColours DARK = new TileColours(Color.web("#1b1f24"), Color.web("#9aa4af"),
                Color.web("#d8dde3"), Color.web("#e6edf3"), Color.web("#f0b429"), Color.web("#ff5c5c"));
        public static final TileColours LIGHT = new TileColours(Color.web("#ffffff"), Color.web("#57606a"),
                Color.web("#24292f"), Color.web("#1f2328"), Color.web("#9a6700"), Color.web("#cf222e"));

        void paint(Tile t) {
            t.setBackgroundColor(background);
            t.setTitleColor(title);
            t.setTextColor(text);
        }

        Color level(Figure.Level l) {
            return l == Figure.Level.ALERT ? alert : l == Figure.Level.WARN ? warn : ok;
        }
    }
}
