package dev.osprey.binance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The JDK's WebSocket client, for Binance's WebSocket API (the user data stream): XChange 5.2.4 has no client for
 * it, only the retired REST listen key. Binance's pings are answered by the JDK itself and reported as alive.
 */
final class JdkSocketConnector implements SocketConnector {
    private final HttpClient http;

    JdkSocketConnector(HttpClient http) {
        this.http = http;
    }

    @Override
    public CompletableFuture<Void> connect(URI uri, Events events) {
        return http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener(events))
                .thenAccept(ws -> { });
    }

    /** JDK WebSocket callbacks arrive one at a time per socket; each whole message is handed on. */
    private static final class Listener implements WebSocket.Listener {
        private final Events events;
        private final StringBuilder partial = new StringBuilder();

        Listener(Events events) {
            this.events = events;
        }

        @Override
        public void onOpen(WebSocket ws) {
            events.opened(new Connection() {
                @Override
                public void send(String text) {
                    ws.sendText(text, true);
                }

                @Override
                public void abort() {
                    ws.abort();
                }
            });
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                events.text(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            events.closed("closed by server: " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            events.closed("error: " + error.getMessage());
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            events.alive();
            // The JDK client has already queued the Pong; asking for the next message keeps the flow going.
            ws.request(1);
            return null;
        }
    }
}
