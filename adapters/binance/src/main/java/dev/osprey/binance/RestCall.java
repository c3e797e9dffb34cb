package dev.osprey.binance;

import java.util.LinkedHashMap;
import java.util.Map;

/** One REST request as Binance documents it: method, path, parameters, whether it is signed, its weight. */
record RestCall(String method, String path, Map<String, String> params, boolean signed, int weight,
                boolean order) {

    RestCall {
        params = new LinkedHashMap<>(params);
    }

    static RestCall get(String path, int weight) {
        return new RestCall("GET", path, Map.of(), false, weight, false);
    }

    RestCall with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put(name, value.toString());
        return new RestCall(method, path, p, signed, weight, order);
    }

    RestCall signedCall() {
        return new RestCall(method, path, params, true, weight, order);
    }

    /** For logs: never the parameters, which hold the signature. */
    String describe() {
        return method + " " + path;
    }
}
