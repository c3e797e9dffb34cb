package dev.osprey.app.ui.keys;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * Every window-wide shortcut in one list, so the scene's accelerators and the help overlay cannot disagree. Two
 * actions on the same keys are refused when the second is added.
 */
public final class Hotkeys {
    private final List<Hotkey> all = new ArrayList<>();

    public Hotkeys add(String keys, String group, String description, Runnable action) {
        return add(KeyCombination.keyCombination(keys), group, description, action);
    }

    public Hotkeys add(KeyCombination keys, String group, String description, Runnable action) {
        for (Hotkey h : all) {
            if (h.action() != null && h.keys().equals(keys)) {
                throw new IllegalArgumentException(keys.getDisplayText() + " is already " + h.description());
            }
        }
        all.add(new Hotkey(keys, group, description, action));
        return this;
    }

    /** A key handled inside one control (Enter in a form, Delete in a table): listed in the help, not installed. */
    public Hotkeys note(String keys, String group, String description) {
        all.add(new Hotkey(KeyCombination.keyCombination(keys), group, description, null));
        return this;
    }

    public List<Hotkey> all() {
        return List.copyOf(all);
    }

    public void install(Scene scene) {
        for (Hotkey h : all) {
            if (h.action() != null) {
                scene.getAccelerators().put(h.keys(), h.action());
            }
        }
    }
}
