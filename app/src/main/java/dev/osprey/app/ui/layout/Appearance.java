package dev.osprey.app.ui.layout;

import javafx.scene.Parent;
import javafx.scene.Scene;

import java.util.Locale;
import java.util.Objects;

/**
 * Theme and font size of a scene. The light theme is laid over the dark one (it changes colours only), and font
 * sizes in the themes are relative to the root's, so one root font size scales the whole window.
 */
public final class Appearance {
    private static final double BASE_FONT_PX = 12;

    private Appearance() {
    }

    /** {@code root}: the node whose font size the rest inherit (the window's content). */
    public static void apply(Scene scene, Parent root, LayoutState state) {
        scene.getStylesheets().setAll(css("dark"));
        if ("light".equals(state.theme())) {
            scene.getStylesheets().add(css("light"));
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                BASE_FONT_PX * state.fontScale()));
    }

    private static String css(String theme) {
        return Objects.requireNonNull(Appearance.class.getResource("/osprey/themes/" + theme + ".css"),
                "theme " + theme).toExternalForm();
    }
}
