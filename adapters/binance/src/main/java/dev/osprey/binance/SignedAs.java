package dev.osprey.binance;

import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.SynchronizedValueFactory;

/**
 * The authentication parts of one XChange call: API key header, signer, timestamp and recvWindow, all from one
 * key. For an unsigned call the key is whatever is configured (Binance ignores it) and the rest goes unused.
 */
record SignedAs(String apiKey, ParamsDigest signature, SynchronizedValueFactory<Long> timestamp, Long recvWindow) {
}
