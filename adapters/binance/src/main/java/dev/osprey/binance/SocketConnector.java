package dev.osprey.binance;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Opens one WebSocket connection for {@link ResilientSocket}, which owns reconnecting, backoff and staleness; a
 * connector never reconnects by itself. Two kinds: XChange's netty transport for the market streams
 * ({@link XChangeStreamConnector}) and the JDK client for the WebSocket API ({@link JdkSocketConnector}).
 */
interface SocketConnector {

    /** What a connection reports, from the transport's own threads. */
    interface Events {
        void opened(Connection connection);

        void text(String message);

        void closed(String why);

        /** A sign of life that is not a message (a ping). */
        void alive();
    }

    /** An open connection. */
    interface Connection {
        void send(String text);

        /** Drops the connection at once; no {@link Events#closed} needs to follow. */
        void abort();
    }

    /** Completes exceptionally when the connection could not be opened. */
    CompletableFuture<Void> connect(URI uri, Events events);
}
