package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.knowm.xchange.binance.dto.BinanceException;
import si.mazi.rescu.HttpStatusIOException;

/**
 * A refusal Binance sent, as XChange hands it over: a {@link BinanceException} when the body was Binance's
 * {@code {"code":..,"msg":..}}, rescu's {@link HttpStatusIOException} when it was anything else (a proxy's HTML
 * 502). Both carry the HTTP status and the response headers, so Retry-After and the usage headers survive.
 */
record VenueAnswer(int httpStatus, int code, String msg, Map<String, List<String>> headers) {

    /** Null when the failure is not an answer from Binance (no connection, timeout, ...). */
    static VenueAnswer of(Throwable t) {
        if (t instanceof BinanceException b) {
            return new VenueAnswer(b.getHttpStatusCode(), b.getCode(), venueText(b), b.getResponseHeaders());
        }
        if (t instanceof HttpStatusIOException h) {
            JsonNode body = parse(h.getHttpBody());
            int code = body == null ? BinanceApiException.NO_CODE
                    : body.path("code").asInt(BinanceApiException.NO_CODE);
            String msg = body == null ? "" : body.path("msg").asText("");
            return new VenueAnswer(h.getHttpStatusCode(), code, msg, h.getResponseHeaders());
        }
        return null;
    }

    /** A response header by name, whatever case the server (or the JDK) gave it; null when absent. */
    String header(String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    BinanceApiException toException() {
        return new BinanceApiException(ApiErrors.classify(httpStatus, code, msg), httpStatus, code, msg,
                RestClient.retryAfterMs(header("Retry-After")));
    }

    /** Binance's own text: rescu appends "(HTTP status code: N)" to the message, which we show separately. */
    private static String venueText(BinanceException b) {
        String m = b.getMessage();
        return m == null ? "" : m.replaceFirst("\\s*\\(HTTP status code: \\d+\\)$", "");
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return RestClient.JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
