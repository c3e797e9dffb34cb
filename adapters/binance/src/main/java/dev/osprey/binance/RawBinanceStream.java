package dev.osprey.binance;

import info.bitrich.xchangestream.binance.BinanceStreamingService;
import info.bitrich.xchangestream.binance.KlineSubscription;
import info.bitrich.xchangestream.core.ProductSubscription;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * XChange's Binance market-stream connection (its netty transport, handshake, ping on idle), with each message
 * handed on as the raw text before XChange parses it into a JsonNode: {@link StreamDecoder} reads prices straight
 * from the text into scaled longs, and parsing twice would double the cost per message. XChange's own reconnect
 * is off: {@link ResilientSocket} decides when to try again, with backoff, jitter and the staleness check.
 * One instance per connection attempt.
 */
final class RawBinanceStream extends BinanceStreamingService {
    /** A depth message of 1000 levels a side stays well under this. */
    private static final int MAX_FRAME_BYTES = 4 << 20;

    private final Consumer<String> sink;

    RawBinanceStream(String url, Duration connectTimeout, int idlePingSeconds, Consumer<String> sink) {
        super(url, ProductSubscription.create().build(), new KlineSubscription(Map.of()), MAX_FRAME_BYTES,
                connectTimeout, connectTimeout, idlePingSeconds);
        this.sink = sink;
        setAutoReconnect(false);
    }

    @Override
    public void messageHandler(String message) {
        sink.accept(message);
    }
}
