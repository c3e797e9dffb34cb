package dev.osprey.app.ui.start;

import dev.osprey.app.config.OspreyConfig;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.List;
import java.util.function.Consumer;

/**
 * The Venue menu: which account the desk trades. The current one is ticked; picking another asks the window to
 * switch (it confirms first, then restarts the desk on that venue with its own journal).
 */
public final class VenueMenu {
    /** One entry of the menu: a venue kind and, for Binance, whether it is the testnet. */
    public record Choice(String label, String kind, boolean testnet) {
        public static final List<Choice> ALL = List.of(
                new Choice("Paper on recorded data", OspreyConfig.VenueChoice.PAPER, false),
                new Choice("Binance", OspreyConfig.VenueChoice.BINANCE, false),
                new Choice("Binance testnet", OspreyConfig.VenueChoice.BINANCE, true),
                new Choice("Kraken", "kraken", false),
                new Choice("Coinbase", "coinbase", false));

        public String id() {
            return "menu-venue-" + kind + (testnet ? "-testnet" : "");
        }

        boolean is(OspreyConfig.VenueChoice v) {
            return kind.equals(v.kind()) && (!OspreyConfig.VenueChoice.BINANCE.equals(kind) || testnet == v.testnet());
        }

        /** The menu entry for a config's venue. */
        public static Choice of(OspreyConfig.VenueChoice v) {
            return ALL.stream().filter(c -> c.is(v)).findFirst().orElseThrow();
        }
    }

    private VenueMenu() {
    }

    public static Menu addTo(MenuBar bar, OspreyConfig.VenueChoice current, Consumer<Choice> onPick) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("Venue");
        menu.setId("menu-venue");
        for (Choice c : Choice.ALL) {
            RadioMenuItem item = new RadioMenuItem(c.label());
            item.setId(c.id());
            item.setToggleGroup(group);
            item.setSelected(c.is(current));
            item.setUserData(c);
            item.setOnAction(e -> {
                if (!c.is(current)) {
                    // the tick stays on the running venue until the switch has really happened
                    group.getToggles().forEach(t -> t.setSelected(((Choice) t.getUserData()).is(current)));
                    onPick.accept(c);
                }
            });
            menu.getItems().add(item);
        }
        bar.getMenus().add(0, menu);
        return menu;
    }
}
