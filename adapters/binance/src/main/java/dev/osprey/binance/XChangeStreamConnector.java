package dev.osprey.binance;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Market-stream connections through XChange's stream-binance module ({@link RawBinanceStream}). The URL is ours:
 * XChange has no setting for the stream host, and the combined-stream path names our symbols' streams. A close
 * XChange reports (the server's, or our own abort) goes to {@link ResilientSocket}, which ignores it for a
 * connection it has already given up.
 */
final class XChangeStreamConnector implements SocketConnector {
    private final Duration connectTimeout;
    private final int idlePingSeconds;

    XChangeStreamConnector(Duration connectTimeout, Duration staleAfter) {
        this.connectTimeout = connectTimeout;
        // netty pings after this much silence; ResilientSocket's own stale check still decides the connection is dead.
        this.idlePingSeconds = (int) Math.max(2, staleAfter.toSeconds());
    }

    @Override
    public CompletableFuture<Void> connect(URI uri, Events events) {
        RawBinanceStream stream = new RawBinanceStream(uri.toString(), connectTimeout, idlePingSeconds, events::text);
        CompletableFuture<Void> done = new CompletableFuture<>();
        stream.subscribeDisconnect().subscribe(x -> events.closed("connection closed"), e -> { });
        stream.connect().subscribe(() -> {
            events.opened(new Connection() {
                @Override
                public void send(String text) {
                    stream.sendMessage(text);
                }

                @Override
                public void abort() {
                    stream.disconnect().subscribe(() -> { }, e -> { });
                }
            });
            done.complete(null);
        }, failure -> {
            stream.disconnect().subscribe(() -> { }, e -> { }); // frees its netty threads
            done.completeExceptionally(failure);
        });
        return done;
    }
}
