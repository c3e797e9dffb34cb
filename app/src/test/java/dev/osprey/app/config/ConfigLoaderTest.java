package dev.osprey.app.config;

import dev.osprey.core.alert.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    private static String bundled() throws IOException {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEFAULT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String errorFor(String json) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"));
        return e.getMessage();
    }

    @Test
    void whenBundledConfigLoaded_thenPaperModeWithTenThousandUsdtOnBtcusdt() throws Exception {
        OspreyConfig c = ConfigLoader.loadDefault();
        assertEquals("PAPER", c.mode());
        assertEquals(0, new BigDecimal("10000").compareTo(c.paper().balances().get("USDT")));
        assertEquals("BTCUSDT", c.ui().symbol());
        assertEquals(new BigDecimal("0.01"), c.instrument("BTCUSDT").tickSize());
    }

    @Test
    void whenFieldUnknown_thenErrorNamesIt() throws Exception {
        String msg = errorFor(bundled().replace("\"loop\": true", "\"loop\": true, \"lop\": 1"));
        assertTrue(msg.contains("lop"), msg);
    }

    @Test
    void whenRequiredSwitchMissing_thenErrorNamesIt_withoutLibraryHints() throws Exception {
        String msg = errorFor(bundled().replace(",\n    \"loop\": true", ""));
        assertTrue(msg.contains("replay.loop"), msg);
        assertTrue(!msg.contains("DeserializationFeature"), msg);
    }

    @Test
    void whenThemeOrFontScaleIsBad_thenErrorNamesTheSetting() throws Exception {
        String theme = errorFor(bundled().replace("\"theme\": \"dark\"", "\"theme\": \"neon\""));
        String font = errorFor(bundled().replace("\"fontScale\": 1.0", "\"fontScale\": 5"));
        assertTrue(theme.contains("ui.theme"), theme);
        assertTrue(font.contains("ui.fontScale"), font);
    }

    @Test
    void whenTickSizeNegative_thenErrorNamesTheField() throws Exception {
        String msg = errorFor(bundled().replace("\"tickSize\": \"0.01\"", "\"tickSize\": \"-0.01\""));
        assertTrue(msg.contains("tickSize"), msg);
    }

    @Test
    void whenSpeedNotANumber_thenClearError() throws Exception {
        String msg = errorFor(bundled().replace("\"speed\": \"1\"", "\"speed\": \"fast\""));
        assertTrue(msg.contains("fast") && msg.contains("speed"), msg);
    }

    @Test
    void whenUiSymbolNotConfigured_thenRefused() throws Exception {
        String msg = errorFor(bundled().replace("\"symbol\": \"BTCUSDT\", \"defaultQty\"", "\"symbol\": \"SOLUSDT\", \"defaultQty\""));
        assertTrue(msg.contains("SOLUSDT"), msg);
    }

    @Test
    void whenALadderPresetIsNotPositive_thenRefused() throws Exception {
        String msg = errorFor(bundled().replace("\"qtyPresets\": [\"0.001\"", "\"qtyPresets\": [\"0\""));
        assertTrue(msg.contains("ui.ladder.qtyPresets"), msg);
    }

    @Test
    void whenNegativeBalance_thenRefused() throws Exception {
        String msg = errorFor(bundled().replace("\"USDT\": \"10000\"", "\"USDT\": \"-5\""));
        assertTrue(msg.contains("paper.balances.USDT"), msg);
    }

    @Test
    void whenUserFileSetsOnlyOneField_thenTheRestComesFromTheBundledDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"replay\": {\"speed\": \"10\"}, \"paper\": {\"balances\": {\"USDT\": \"500\"}}}");

        OspreyConfig c = ConfigLoader.load(file);

        assertEquals("10", c.replay().speed());
        assertEquals(2, c.replay().feeds().size(), "feeds kept from the defaults");
        assertEquals(0, new BigDecimal("500").compareTo(c.paper().balances().get("USDT")));
        assertEquals(new BigDecimal("10"), c.paper().takerFeeBps());
    }

    @Test
    void whenUserFileHasAMisspeltField_thenRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"replay\": {\"sped\": \"10\"}}");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));

        assertTrue(e.getMessage().contains("sped"), e.getMessage());
    }

    @Test
    void whenStrategyCandlesOrValidationCriteriaAreBad_thenRefusedNamingThem(@TempDir Path dir) throws Exception {
        Path candles = dir.resolve("candles.json");
        Files.writeString(candles, "{\"strategies\": {\"candleMs\": 10}}");
        Path criteria = dir.resolve("criteria.json");
        Files.writeString(criteria, "{\"validation\": {\"maxDrawdownPercent\": 150}}");

        String candleError = assertThrows(ConfigException.class, () -> ConfigLoader.load(candles)).getMessage();
        String criteriaError = assertThrows(ConfigException.class, () -> ConfigLoader.load(criteria)).getMessage();

        assertTrue(candleError.contains("strategies.candleMs must be at least 1000"), candleError);
        assertTrue(criteriaError.contains("validation") && criteriaError.contains("percents"), criteriaError);
    }

    @Test
    void whenNotJson_thenSaysSo() {
        String msg = errorFor("{ this is not json");
        assertTrue(msg.startsWith("test.json: not valid JSON"), msg);
    }

    @Test
    void whenCriticalAlertsGoByEmail_thenTheUserFileSetsTheServer_andOtherSeveritiesKeepTheirDefaults(
            @TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"alerts\": {\"channels\": {\"CRITICAL\": [\"app\", \"email\"]},"
                + " \"email\": {\"host\": \"smtp.example.org\", \"from\": \"desk@example.org\","
                + " \"to\": [\"me@example.org\"]}}}");

        OspreyConfig c = ConfigLoader.load(file);

        assertEquals(java.util.List.of("app", "email"), c.alerts().channels().get(Severity.CRITICAL));
        assertEquals(java.util.List.of("app", "sound"), c.alerts().channels().get(Severity.WARNING));
        assertEquals("OSPREY_SMTP_PASSWORD", c.alerts().email().passwordEnv());
    }

    @Test
    void whenAlertsUseEmailWithoutAServer_orAnUnknownChannel_thenRefusedNamingTheField(@TempDir Path dir)
            throws Exception {
        Path noServer = dir.resolve("a.json");
        Files.writeString(noServer, "{\"alerts\": {\"channels\": {\"WARNING\": [\"email\"]}}}");
        Path unknown = dir.resolve("b.json");
        Files.writeString(unknown, "{\"alerts\": {\"channels\": {\"INFO\": [\"pager\"]}}}");

        String a = assertThrows(ConfigException.class, () -> ConfigLoader.load(noServer)).getMessage();
        String b = assertThrows(ConfigException.class, () -> ConfigLoader.load(unknown)).getMessage();

        assertTrue(a.contains("alerts.email needs host"), a);
        assertTrue(b.contains("alerts.channels.INFO: unknown channel 'pager'"), b);
    }
}
