package dev.osprey.app.ui;

import javafx.scene.Node;

/** Whether a node can be seen now: in a scene, and neither it nor any parent hidden (e.g. an unselected tab). */
public final class OnScreen {
    private OnScreen() {
    }

    public static boolean showing(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
