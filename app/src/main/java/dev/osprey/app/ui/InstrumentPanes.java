package dev.osprey.app.ui;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.app.wiring.Desk;
import dev.osprey.core.engine.BookView;
import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineSnapshot;
import dev.osprey.core.engine.SubmitResult;
import dev.osprey.core.instrument.Instrument;
import dev.osprey.core.market.Level;
import dev.osprey.core.market.OrderBook;
import dev.osprey.core.market.Scaled;
import dev.osprey.core.order.Side;
import javafx.scene.control.ChoiceBox;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The book and the ticket of each instrument, and the selector that switches between them. Only the chosen
 * instrument's book is rendered; the blotter, fills and positions show every instrument.
 */
final class InstrumentPanes {
    /** One instrument's book and ticket. */
    record Pane(Instrument instrument, OrderBookView book, TicketView ticket) {
    }

    private final Map<String, Pane> bySymbol = new LinkedHashMap<>();
    private final ChoiceBox<String> selector = new ChoiceBox<>();
    private final Supplier<EngineSnapshot> rendered;

    InstrumentPanes(Desk desk, Supplier<EngineSnapshot> rendered, Consumer<Pane> onSwitch) {
        this.rendered = rendered;
        OspreyConfig cfg = desk.config();
        OspreyConfig.Bracket b = cfg.oms().bracket();
        TicketDefaults defaults = new TicketDefaults(cfg.ui().defaultQty(), b.stopLossPercent(),
                b.takeProfitPercent(), b.trailArmPercent());
        for (Instrument ins : cfg.instruments()) {
            TicketView ticket = new TicketView(ins, defaults, new TicketDesk(desk, ins.symbol()));
            OrderBookView book = new OrderBookView(ins.priceDecimals(), ins.qtyDecimals(),
                    ticket::offerPrice);
            bySymbol.put(ins.symbol(), new Pane(ins, book, ticket));
        }
        selector.setId("symbol");
        selector.getItems().setAll(bySymbol.keySet());
        selector.setValue(cfg.ui().symbol());
        selector.valueProperty().addListener((o, was, now) -> onSwitch.accept(bySymbol.get(now)));
    }

    ChoiceBox<String> selector() {
        return selector;
    }

    Pane current() {
        return bySymbol.get(selector.getValue());
    }

    void render(EngineSnapshot s) {
        Pane p = current();
        p.book().render(s.books().get(p.instrument().symbol()));
        p.ticket().renderBalances(s.balances());
        p.ticket().render(s.orders());
    }

    /** One ticket's view of the desk: prices from the last rendered snapshot, orders to the engine. */
    private final class TicketDesk implements TicketView.Desk {
        private final Desk desk;
        private final String symbol;

        TicketDesk(Desk desk, String symbol) {
            this.desk = desk;
            this.symbol = symbol;
        }

        private BookView book() {
            EngineSnapshot s = rendered.get();
            return s == null ? null : s.books().get(symbol);
        }

        @Override
        public BigDecimal referencePrice(Side side) {
            BookView b = book();
            List<Level> levels = b == null ? List.of() : side == Side.BUY ? b.asks() : b.bids();
            return levels.isEmpty() ? null : Scaled.toBigDecimal(levels.get(0).price());
        }

        @Override
        public BigDecimal lastPrice() {
            BookView b = book();
            return b == null || b.lastTradePrice() == OrderBook.NO_PRICE ? null
                    : Scaled.toBigDecimal(b.lastTradePrice());
        }

        @Override
        public long nowMs() {
            EngineSnapshot s = rendered.get();
            return s == null || s.timeMs() == 0 ? System.currentTimeMillis() : s.timeMs();
        }

        @Override
        public String newClientOrderId() {
            return desk.engine().newClientOrderId();
        }

        @Override
        public SubmitResult submit(Command command) {
            return desk.engine().submit(command);
        }
    }
}
