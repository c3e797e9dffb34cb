package dev.osprey.binance.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Binance payloads as the API documentation shows them (src/test/resources/binance/*.json). The fake server copies
 * one and sets the fields that matter, so every answer keeps Binance's full shape, extra fields included.
 */
public final class Payloads {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    public static ObjectNode load(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/binance/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test payload " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode error(int code, String msg) {
        ObjectNode e = JSON.createObjectNode();
        e.put("code", code);
        e.put("msg", msg);
        return e;
    }
}
