package dev.osprey.binance;

import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.binance.BinanceAuthenticated;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.client.ExchangeRestProxyBuilder;

/**
 * Binance's REST API as XChange's binance module declares it ({@link BinanceAuthenticated}, rescu underneath),
 * configured, not forked: an {@link ExchangeSpecification} with our REST URL and timeouts and no remote metadata.
 * Calls go through XChange's interface rather than its *ServiceRaw classes because those sign with a secret
 * String from the specification, once, stamp with their own clock and wrap calls in resilience4j retries (an
 * order must never be resent by a library after a timeout); ours sign per request with the current key
 * ({@link RequestSigner}) and stamp with {@link ServerClock}. {@link BinanceExtras} holds the endpoints XChange
 * lacks, built by the same proxy builder.
 */
final class BinanceRestApi {
    final BinanceAuthenticated xchange;
    final BinanceExtras extras;

    BinanceRestApi(BinanceConfig config) {
        ExchangeSpecification spec = specification(config);
        this.xchange = ExchangeRestProxyBuilder.forInterface(BinanceAuthenticated.class, spec).build();
        this.extras = ExchangeRestProxyBuilder.forInterface(BinanceExtras.class, spec).build();
    }

    static ExchangeSpecification specification(BinanceConfig config) {
        ExchangeSpecification spec = new ExchangeSpecification(BinanceExchange.class);
        spec.setSslUri(config.endpoints().rest().toString());
        spec.setHost(config.endpoints().rest().getHost());
        spec.setExchangeName("Binance");
        spec.setShouldLoadRemoteMetaData(false);
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, config.requestTimeout().toMillis());
        spec.setHttpConnTimeout(timeoutMs);
        spec.setHttpReadTimeout(timeoutMs);
        return spec;
    }
}
