package dev.osprey.xchange;

import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;

/**
 * XChange's own exchange class for a venue, configured (not forked): its default specification, the REST base URL
 * replaced when one is given (a local fake in tests, a proxy in the field), the key when there is one, and the
 * remote metadata load off. That load runs the module's metadata adapter, which needs xchange-core 5.2.0's builders;
 * we load the pairs ourselves through the Raw service instead ({@link MarketSource#instruments}).
 */
final class XChangeExchanges {
    private XChangeExchanges() {
    }

    static Exchange connect(XChangeSource source, String restUrl, VenueKeys keys) {
        ExchangeSpecification spec = new ExchangeSpecification(source.exchangeClass());
        spec.setShouldLoadRemoteMetaData(false);
        if (restUrl != null) {
            spec.setSslUri(restUrl);
        }
        if (keys != null) {
            spec.setApiKey(keys.apiKey());
            spec.setSecretKey(keys.secret());
            if (keys.passphrase() != null) {
                spec.setExchangeSpecificParametersItem("passphrase", keys.passphrase());
            }
        }
        return ExchangeFactory.INSTANCE.createExchange(spec);
    }
}
