package dev.osprey.app.alert;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.core.alert.AlertRules;
import dev.osprey.core.alert.AlertSettings;
import dev.osprey.core.breaker.BreakerConfig;
import dev.osprey.core.breaker.DefaultTriggers;
import dev.osprey.core.breaker.Trigger;
import dev.osprey.core.engine.EngineSnapshot;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The desk's alerting, wired from config: rules on a watch thread, the channels each severity uses, and the router. */
public final class AlertCenter implements AutoCloseable {
    private static final int IN_APP_BACKLOG = 100;

    private final InAppAlerts inApp = new InAppAlerts(IN_APP_BACKLOG);
    private final AlertRouter router;
    private final AlertWatch watch;

    private AlertCenter(AlertsConfig config, AlertSettings settings, Supplier<EngineSnapshot> latest) {
        List<AlertChannel> channels = new ArrayList<>(List.of(inApp, new SoundChannel()));
        if (config.uses("email")) {
            AlertsConfig.Email e = config.email();
            String password = e.passwordEnv().isEmpty() ? null : System.getenv(e.passwordEnv());
            channels.add(new SmtpChannel(e, password));
        }
        if (config.uses("webhook")) {
            channels.add(new WebhookChannel(URI.create(config.webhook().url()),
                    Duration.ofMillis(config.webhook().timeoutMs())));
        }
        this.router = new AlertRouter(channels, config.channels(), config.queueCapacity());
        this.watch = new AlertWatch(latest, new AlertRules(settings), System::currentTimeMillis, router::publish);
    }

    /** Starts watching {@code latest} (the engine's published snapshot) with the thresholds of the config. */
    public static AlertCenter start(OspreyConfig config, Supplier<EngineSnapshot> latest) {
        AlertsConfig alerts = config.alerts();
        AlertSettings settings = alerts.settings(dailyLossLimit(config.engineSettings().breaker()),
                Set.copyOf(config.risk().stablecoins()));
        return new AlertCenter(alerts, settings, latest);
    }

    /** The desk's daily-loss breaker threshold, in percent of day-start equity; null when it has none. */
    static BigDecimal dailyLossLimit(BreakerConfig breaker) {
        if (breaker == null) {
            return null;
        }
        return breaker.triggers().stream().filter(t -> DefaultTriggers.DAILY_LOSS.equals(t.name()))
                .map(Trigger::threshold).findFirst().orElse(null);
    }

    public InAppAlerts inApp() {
        return inApp;
    }

    @Override
    public void close() {
        watch.close();
        router.close();
    }
}
