package dev.osprey.app.alert;

import dev.osprey.core.alert.AlertSettings;
import dev.osprey.core.alert.Severity;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code alerts} section of the config: thresholds of the built-in alerts and which channels each severity
 * goes to ({@code app}, {@code sound}, {@code email}, {@code webhook}). The SMTP password is never in the file:
 * {@code email.passwordEnv} names the environment variable that holds it.
 */
public record AlertsConfig(long latencyHighMs, long staleAfterMs, BigDecimal dailyLossWarnPercent,
                           Map<Severity, List<String>> channels, Email email, Webhook webhook, int queueCapacity) {

    static final Set<String> CHANNELS = Set.of("app", "sound", "email", "webhook");

    public record Email(String host, int port, boolean tls, String from, List<String> to, String username,
                        String passwordEnv, long timeoutMs) {
    }

    public record Webhook(String url, long timeoutMs) {
    }

    /** What is wrong with this section, each naming its field; empty when it is usable. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (latencyHighMs <= 0 || staleAfterMs <= 0) {
            p.add("alerts.latencyHighMs and alerts.staleAfterMs must be > 0");
        }
        if (dailyLossWarnPercent == null || dailyLossWarnPercent.signum() <= 0
                || dailyLossWarnPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            p.add("alerts.dailyLossWarnPercent must be in (0, 100]");
        }
        if (queueCapacity <= 0) {
            p.add("alerts.queueCapacity must be > 0");
        }
        if (channels == null) {
            p.add("alerts.channels is required (severity to a list of app, sound, email, webhook)");
            return p;
        }
        channels.forEach((severity, names) -> {
            for (String n : names == null ? List.<String>of() : names) {
                if (!CHANNELS.contains(n)) {
                    p.add("alerts.channels." + severity + ": unknown channel '" + n + "' (use " + CHANNELS + ")");
                }
            }
        });
        if (uses("email")) {
            emailProblems(p);
        }
        if (uses("webhook")) {
            webhookProblems(p);
        }
        return p;
    }

    boolean uses(String channel) {
        return channels.values().stream().anyMatch(l -> l != null && l.contains(channel));
    }

    private void emailProblems(List<String> p) {
        if (email == null || blank(email.host()) || blank(email.from()) || email.to() == null
                || email.to().isEmpty()) {
            p.add("alerts.email needs host, from and at least one 'to' when a severity uses the email channel");
        } else if (email.port() <= 0 || email.port() > 65_535 || email.timeoutMs() <= 0) {
            p.add("alerts.email.port must be 1-65535 and alerts.email.timeoutMs > 0");
        } else if (email.username() == null || email.passwordEnv() == null) {
            p.add("alerts.email.username and alerts.email.passwordEnv must be set (\"\" for none)");
        }
    }

    private void webhookProblems(List<String> p) {
        if (webhook == null || blank(webhook.url()) || webhook.timeoutMs() <= 0) {
            p.add("alerts.webhook needs a url and timeoutMs > 0 when a severity uses the webhook channel");
            return;
        }
        try {
            URI u = new URI(webhook.url());
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                p.add("alerts.webhook.url must be an http(s) URL with a host");
            }
        } catch (URISyntaxException e) {
            p.add("alerts.webhook.url is not a URL: " + e.getReason());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The core thresholds; the daily loss limit itself is the breaker's. */
    public AlertSettings settings(BigDecimal dailyLossLimitPercent, Set<String> stablecoins) {
        return new AlertSettings(latencyHighMs, staleAfterMs, dailyLossLimitPercent,
                dailyLossWarnPercent.movePointLeft(2), stablecoins);
    }
}
