package dev.osprey.binance;

/**
 * What RestClient needs to know about one REST request besides the request itself: a name for logs (method and
 * path, never the parameters, which hold the signature), whether it is signed, its weight, whether it is an order.
 */
record RestCall(String method, String path, boolean signed, int weight, boolean order) {

    static RestCall get(String path, int weight) {
        return new RestCall("GET", path, false, weight, false);
    }

    static RestCall signedGet(String path, int weight) {
        return new RestCall("GET", path, true, weight, false);
    }

    String describe() {
        return method + " " + path;
    }
}
