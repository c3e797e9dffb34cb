package dev.osprey.app.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.osprey.core.alert.Alert;
import dev.osprey.core.alert.AlertKind;
import dev.osprey.core.alert.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertDeliveryTest {
    private static final Alert KILL = Alert.of(AlertKind.KILL_SWITCH, 1_723_100_000_000L,
            "Trading halted by trader: F12");
    private static final Alert FILLED = Alert.of(AlertKind.ORDER_FILLED, 1_723_100_000_000L, "BUY 0.01 BTCUSDT");

    private AlertRouter router;

    @AfterEach
    void closeRouter() {
        if (router != null) {
            router.close();
        }
    }

    @Test
    void whenACriticalAlertIsRouted_thenTheLocalSmtpServerReceivesItsMail_withAuth() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            AlertsConfig.Email email = new AlertsConfig.Email("127.0.0.1", smtp.port(), false, "desk@osprey.test",
                    List.of("trader@osprey.test", "risk@osprey.test"), "desk", "OSPREY_SMTP_PASSWORD", 5_000);
            router = new AlertRouter(List.of(new SmtpChannel(email, "s3cret")),
                    Map.of(Severity.CRITICAL, List.of("email")), 16);

            router.publish(KILL);

            FakeSmtpServer.Received mail = smtp.received.poll(10, TimeUnit.SECONDS);
            assertNotNull(mail, "the mail arrived");
            assertEquals("<desk@osprey.test>", mail.from());
            assertEquals(List.of("<trader@osprey.test>", "<risk@osprey.test>"), mail.to());
            assertTrue(mail.body().contains("Subject: [Osprey CRITICAL] Kill switch engaged"), mail.body());
            assertTrue(mail.body().contains("Trading halted by trader: F12"), mail.body());
            assertEquals("\0desk\0s3cret", new String(Base64.getDecoder().decode(mail.authPlain()),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void whenAnInfoAlertIsRouted_thenOnlyItsChannelsDeliver() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            AlertsConfig.Email email = new AlertsConfig.Email("127.0.0.1", smtp.port(), false, "desk@osprey.test",
                    List.of("trader@osprey.test"), "", "", 5_000);
            InAppAlerts app = new InAppAlerts(10);
            router = new AlertRouter(List.of(app, new SmtpChannel(email, null)),
                    Map.of(Severity.INFO, List.of("app"), Severity.CRITICAL, List.of("app", "email")), 16);

            router.publish(FILLED);
            router.publish(KILL);

            FakeSmtpServer.Received mail = smtp.received.poll(10, TimeUnit.SECONDS);
            assertNotNull(mail);
            assertNull(mail.authPlain(), "no AUTH without a user");
            assertTrue(mail.body().contains("Kill switch"));
            assertNull(smtp.received.poll(300, TimeUnit.MILLISECONDS), "the INFO alert sent no mail");
            awaitDrained(app, 2);
        }
    }

    @Test
    void whenAnAlertIsRouted_thenTheWebhookGetsItAsJson() throws Exception {
        try (FakeWebhook hook = new FakeWebhook()) {
            router = new AlertRouter(List.of(new WebhookChannel(URI.create(hook.url("/hooks/T0K3N")),
                    Duration.ofSeconds(5))), Map.of(Severity.CRITICAL, List.of("webhook")), 16);

            router.publish(KILL);

            String received = hook.bodies.poll(10, TimeUnit.SECONDS);
            assertNotNull(received);
            assertTrue(received.startsWith("POST application/json "), received);
            JsonNode json = new ObjectMapper().readTree(received.substring(received.indexOf('{')));
            assertEquals("CRITICAL", json.get("severity").asText());
            assertEquals("KILL_SWITCH", json.get("kind").asText());
            assertEquals("Trading halted by trader: F12", json.get("text").asText());
            assertEquals("2024-08-08T06:53:20Z", json.get("time").asText());
        }
    }

    @Test
    void whenTheWebhookAnswers500_thenDeliveryFails_withoutNamingTheUrlsToken() throws Exception {
        try (FakeWebhook hook = new FakeWebhook()) {
            hook.answer(500);
            WebhookChannel channel = new WebhookChannel(URI.create(hook.url("/hooks/T0K3N")), Duration.ofSeconds(5));

            IOException e = assertThrows(IOException.class, () -> channel.deliver(KILL));

            assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
            assertFalse(e.getMessage().contains("T0K3N"), e.getMessage());
        }
    }

    @Test
    void whenTheWebhookHangs_thenPublishReturnsAtOnce_andTheDeliveryTimesOutAsAFailure() throws Exception {
        try (FakeWebhook hook = new FakeWebhook()) {
            hook.hang();
            router = new AlertRouter(List.of(new WebhookChannel(URI.create(hook.url("/x")), Duration.ofMillis(300))),
                    Map.of(Severity.CRITICAL, List.of("webhook")), 2);

            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                router.publish(KILL);
            }
            long publishMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertTrue(publishMs < 250, "50 publishes to a hung server took " + publishMs + " ms");
            // the hung delivery times out and counts as a failure
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> router.failures("webhook") >= 1);
        }
    }

    @Test
    void whenTheSmtpServerHangsUp_thenDeliveryFailsWithAClearError() throws Exception {
        // a listener that hangs up at once: unlike a closed port, no other process can take it over mid-test
        try (ServerSocket hangsUp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!hangsUp.isClosed()) {
                    try {
                        hangsUp.accept().close();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "smtp-hangs-up");
            t.setDaemon(true);
            t.start();
            AlertsConfig.Email email = new AlertsConfig.Email("127.0.0.1", hangsUp.getLocalPort(), false, "a@b",
                    List.of("c@d"), "u", "OSPREY_SMTP_PASSWORD", 1_000);

            IOException e = assertThrows(IOException.class, () -> new SmtpChannel(email, "s3cret").deliver(KILL));

            assertFalse(String.valueOf(e.getMessage()).contains("s3cret"));
        }
    }

    @Test
    void whenASoundIsDue_thenItIsAShortToneThatNeverFails_evenWithoutASoundDevice() throws Exception {
        SoundChannel sound = new SoundChannel();

        sound.deliver(KILL);
        sound.deliver(Alert.of(AlertKind.ORDER_REJECTED, 0, "x"));

        int beep = 22_050 * 140 / 1000;
        assertEquals(beep, SoundChannel.tone(880, 140, 1).length, "a warning: one 140 ms beep");
        assertEquals(3 * beep, SoundChannel.tone(1320, 140, 2).length, "a critical alert: beep, gap, beep");
    }

    private static void awaitDrained(InAppAlerts app, int expected) throws Exception {
        List<Alert> seen = new java.util.ArrayList<>();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            seen.addAll(app.drain(10));
            return seen.size() >= expected;
        });
        assertEquals(List.of(AlertKind.ORDER_FILLED, AlertKind.KILL_SWITCH), seen.stream().map(Alert::kind).toList());
    }
}
