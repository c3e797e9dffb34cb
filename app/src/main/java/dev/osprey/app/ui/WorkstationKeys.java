package dev.osprey.app.ui;

import dev.osprey.app.ui.blotter.BlotterFilter;
import dev.osprey.app.ui.keys.Hotkeys;
import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.Command;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;

import java.util.List;

/**
 * The workstation's window-wide shortcuts. Everything a mouse can do has a key: the ticket's side and fields,
 * cancels, the stop, the views, the filters, the layout and the look. Keys that work inside one control (Enter in
 * the ticket, Delete and F2 in the blotter) are handled there and listed here for the help.
 */
final class WorkstationKeys {
    private WorkstationKeys() {
    }

    static Hotkeys of(Desk desk, Parent root, InstrumentPanes instruments, OrdersPane orders, StopControls stop,
                      DeskChrome chrome) {
        Hotkeys k = new Hotkeys();
        k.add(StopControls.HOTKEY, "Trading", "EMERGENCY STOP: refuse new orders, cancel everything", stop::engage);
        k.add("Alt+R", "Trading", "Re-arm after a stop (asks for REARM and a reason)",
                () -> fire(root, "#rearm-button"));
        k.add("Alt+B", "Trading", "Ticket: BUY, cursor in the quantity", () -> ticket(root, "#ticket-buy"));
        k.add("Alt+S", "Trading", "Ticket: SELL, cursor in the quantity", () -> ticket(root, "#ticket-sell"));
        k.note("Enter", "Trading", "Send the order (cursor in the ticket)");
        k.add("Shortcut+Shift+X", "Trading", "Cancel all orders of the shown symbol", orders::cancelAllForSymbol);
        k.add("Shortcut+Alt+X", "Trading", "Cancel all orders, every symbol",
                () -> desk.engine().post(new Command.CancelAll(null)));
        k.note("Delete", "Trading", "Cancel the order selected in the blotter");
        k.note("F2", "Trading", "Amend the price of the order selected in the blotter");
        k.add("Shortcut+I", "View", "Next instrument", () -> nextInstrument(instruments.selector()));
        k.add("Shortcut+1", "View", "Orders tab", () -> chrome.dock().show("orders"));
        k.add("Shortcut+2", "View", "Fills tab", () -> chrome.dock().show("fills"));
        k.add("Shortcut+3", "View", "Positions tab", () -> chrome.dock().show("positions"));
        k.add("Alt+M", "Layout", "Move the pane in front to another area (or right click or drag its tab)",
                () -> chrome.dock().moveFocusedPane(root.getScene().getFocusOwner()));
        k.add("Shortcut+F", "Blotter", "Search orders", () -> {
            chrome.dock().show("orders");
            orders.filters().focusSearch();
        });
        k.add("Alt+W", "Blotter", "Show working orders", () -> orders.filters().showScope(BlotterFilter.Scope.WORKING));
        k.add("Alt+D", "Blotter", "Show done orders", () -> orders.filters().showScope(BlotterFilter.Scope.DONE));
        k.add("Alt+A", "Blotter", "Show all orders", () -> orders.filters().showScope(BlotterFilter.Scope.ALL));
        k.add("Shortcut+D", "Layout", "Dashboard: right, bottom, hidden", chrome::cycleDashboard);
        k.add("Shortcut+T", "Layout", "Dark or light theme", chrome::toggleTheme);
        k.add("Shortcut+Equals", "Layout", "Larger text", () -> chrome.fontSteps(1));
        k.add("Shortcut+Minus", "Layout", "Smaller text", () -> chrome.fontSteps(-1));
        k.add("Shortcut+0", "Layout", "Normal text size", () -> chrome.fontSteps(0));
        return k;
    }

    private static void fire(Parent root, String id) {
        Node n = root.getScene().lookup(id);
        if (n instanceof ButtonBase b && n.isVisible() && !b.isDisabled()) {
            b.fire();
        }
    }

    private static void ticket(Parent root, String side) {
        fire(root, side);
        Node qty = root.getScene().lookup("#ticket-qty");
        if (qty != null) {
            qty.requestFocus();
        }
    }

    private static void nextInstrument(ChoiceBox<String> selector) {
        List<String> all = selector.getItems();
        selector.setValue(all.get((all.indexOf(selector.getValue()) + 1) % all.size()));
    }
}
