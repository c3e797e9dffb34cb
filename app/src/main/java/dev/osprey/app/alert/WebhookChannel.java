package dev.osprey.app.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.osprey.core.alert.Alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs each alert as a JSON object to one URL. A webhook URL often carries its token in the path, so errors name
 * only the scheme and host.
 */
final class WebhookChannel implements AlertChannel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    WebhookChannel(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void deliver(Alert alert) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body(alert)))).build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // Not chained: the cause's message may carry the whole URL.
            throw new IOException("POST to " + where() + " failed: " + e.getClass().getSimpleName());
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST to " + where() + " answered HTTP " + response.statusCode());
        }
    }

    static Map<String, Object> body(Alert alert) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", alert.severity().name());
        m.put("kind", alert.kind().name());
        m.put("title", alert.title());
        m.put("text", alert.text());
        m.put("timeMs", alert.timeMs());
        m.put("time", Instant.ofEpochMilli(alert.timeMs()).toString());
        return m;
    }

    private String where() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
