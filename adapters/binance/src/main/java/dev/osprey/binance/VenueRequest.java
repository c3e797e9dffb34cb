package dev.osprey.binance;

import java.io.IOException;

/** One blocking call on XChange's Binance interface (or {@link BinanceExtras}), signed as given. */
@FunctionalInterface
interface VenueRequest<T> {
    T send(BinanceRestApi api, SignedAs auth) throws IOException;
}
