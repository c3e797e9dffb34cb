package dev.osprey.binance;

/**
 * What RestClient needs to know about one REST request besides the request itself: a name for logs (method and
 * path, never the parameters, which hold the signature), whether it is signed, its weight, whether it is an order,
 * and whether it is optional: a look-up trading does without, whose refusal of the key (-2015: the key may not read
 * this) must not stop trading; a key Binance refuses for orders is still caught by the next order call.
 */
record RestCall(String method, String path, boolean signed, int weight, boolean order, boolean optional) {

    RestCall(String method, String path, boolean signed, int weight, boolean order) {
        this(method, path, signed, weight, order, false);
    }

    static RestCall get(String path, int weight) {
        return new RestCall("GET", path, false, weight, false);
    }

    static RestCall signedGet(String path, int weight) {
        return new RestCall("GET", path, true, weight, false);
    }

    static RestCall optionalSignedGet(String path, int weight) {
        return new RestCall("GET", path, true, weight, false, true);
    }

    String describe() {
        return method + " " + path;
    }
}
