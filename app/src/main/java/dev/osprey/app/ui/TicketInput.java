package dev.osprey.app.ui;

import dev.osprey.core.order.OrderType;
import dev.osprey.core.order.Side;
import dev.osprey.core.order.TimeInForce;
import dev.osprey.core.order.Trailing;

/**
 * What the ticket's fields hold, as typed (text fields stay text until {@link TicketOrder} reads them).
 * Fields that do not apply to the chosen type or attachment are ignored.
 */
record TicketInput(Side side, OrderType type, String qty, String price, String stop, Trailing.Kind trailKind,
                   String trailAmount, TimeInForce tif, String expireMinutes, boolean postOnly, boolean reduceOnly,
                   Attach attach, String stopLossPercent, String takeProfitPercent, String trailArmPercent,
                   String ocoStop, String ocoStopLimit) {

    /** What comes with the order: nothing, a bracket (stop-loss + take-profit), or an OCO stop leg. */
    enum Attach { NONE, BRACKET, OCO }
}
