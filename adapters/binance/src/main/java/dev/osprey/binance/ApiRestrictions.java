package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.osprey.core.venue.KeyPermissions;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GET /sapi/v1/account/apiRestrictions} (not in XChange, so through {@link BinanceExtras}): what the key may do. A field Binance leaves out counts as the
 * unsafe answer (cannot trade, may withdraw, no IP restriction), so a changed payload never passes a weak key.
 */
final class ApiRestrictions {
    static final String PATH = "/sapi/v1/account/apiRestrictions";

    private ApiRestrictions() {
    }

    static CompletableFuture<KeyPermissions> fetch(RestClient rest, String venueName) {
        return rest.send(RestCall.signedGet(PATH, 1), (api, a) -> api.extras.apiRestrictions(a.recvWindow(),
                a.timestamp(), a.apiKey(), a.signature())).thenApply(json -> read(json, venueName));
    }

    static KeyPermissions read(JsonNode json, String venueName) {
        return new KeyPermissions(venueName, json.path("enableSpotAndMarginTrading").asBoolean(false),
                json.path("enableWithdrawals").asBoolean(true), json.path("ipRestrict").asBoolean(false));
    }
}
