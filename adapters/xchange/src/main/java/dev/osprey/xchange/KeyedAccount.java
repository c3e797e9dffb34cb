package dev.osprey.xchange;

import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.Balance;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchange.currency.CurrencyPair;

/**
 * The account calls as the current key allows them. A key stored or removed while the desk runs takes effect on the
 * next call (rotation without restart): XChange builds its signer from a key once, so a new key gets a new XChange
 * account service, made by {@code connect}. Without a key every call fails with NO_KEY's words and
 * {@link #present()} is false, so order entry refuses before it gets here.
 */
final class KeyedAccount implements AccountApi {
    private final Function<VenueKeys, AccountApi> connect;
    private volatile AccountApi current;

    KeyedAccount(Function<VenueKeys, AccountApi> connect, VenueKeys keys) {
        this.connect = connect;
        use(keys);
    }

    /** The account for {@code keys} from now on; null: no key. */
    void use(VenueKeys keys) {
        current = keys == null ? null : connect.apply(keys);
    }

    boolean present() {
        return current != null;
    }

    private AccountApi now() throws IOException {
        AccountApi a = current;
        if (a == null) {
            throw new IOException("no API key configured");
        }
        return a;
    }

    @Override
    public String clientRef(String clientOrderId) {
        AccountApi a = current;
        if (a == null) {
            throw new IllegalStateException("no API key configured");
        }
        return a.clientRef(clientOrderId);
    }

    @Override
    public String place(OrderRequest request, CurrencyPair pair) throws IOException {
        return now().place(request, pair);
    }

    @Override
    public void cancel(String venueOrderId) throws IOException {
        now().cancel(venueOrderId);
    }

    @Override
    public List<OrderReport> openOrders() throws IOException {
        return now().openOrders();
    }

    @Override
    public List<OrderReport> orders(Collection<String> venueOrderIds) throws IOException {
        return now().orders(venueOrderIds);
    }

    @Override
    public List<VenueFill> fills(OrderReport order) throws IOException {
        return now().fills(order);
    }

    @Override
    public Optional<OrderReport> byClientId(String clientOrderId, CurrencyPair pair) throws IOException {
        return now().byClientId(clientOrderId, pair);
    }

    @Override
    public List<Balance> balances() throws IOException {
        return now().balances();
    }
}
