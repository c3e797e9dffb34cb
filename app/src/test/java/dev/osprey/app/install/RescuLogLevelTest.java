package dev.osprey.app.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * rescu, XChange's HTTP layer, logs each signed request URL at DEBUG and the headers, the API key among them, at
 * TRACE. The logback.xml the app ships must hold logger {@code si.mazi.rescu} at INFO or above by its own element,
 * so that turning the root level down for a debugging session never writes a signature or a key to the log file.
 */
class RescuLogLevelTest {
    /** rescu's classes that log at DEBUG or TRACE (3.1: HttpTemplate, ResponseReader, Config). */
    private static final List<String> RESCU_LOGGERS = List.of("si.mazi.rescu", "si.mazi.rescu.HttpTemplate",
            "si.mazi.rescu.ResponseReader", "si.mazi.rescu.Config");

    /** The app's own logback.xml (target/classes), not one a library jar might carry. */
    private static URL shipped() {
        URL url = LogFiles.class.getResource("/logback.xml");
        assertNotNull(url, "the app ships no logback.xml");
        assertEquals("file", url.getProtocol(), "logback.xml found in a jar, not the app's classes: " + url);
        return url;
    }

    @Test
    void whenTheShippedConfigIsRead_thenRescuHasItsOwnLoggerAtInfoOrAbove() throws Exception {
        List<String> levels = new ArrayList<>();
        try (InputStream in = shipped().openStream()) {
            NodeList loggers = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("logger");
            for (int i = 0; i < loggers.getLength(); i++) {
                Element logger = (Element) loggers.item(i);
                if (logger.getAttribute("name").equals("si.mazi.rescu")) {
                    levels.add(logger.getAttribute("level"));
                }
            }
        }

        assertEquals(1, levels.size(), "logback.xml must set logger si.mazi.rescu once: " + levels);
        assertTrue(Level.toLevel(levels.get(0), Level.ALL).isGreaterOrEqual(Level.INFO),
                "si.mazi.rescu is at " + levels.get(0));
    }

    @Test
    void whenTheShippedConfigIsLoaded_thenNoRescuLoggerWritesDebugOrTrace() throws Exception {
        LoggerContext ctx = new LoggerContext(); // the test's own, so the build's logging is left alone
        ctx.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(ctx);
        joran.doConfigure(shipped());

        for (String name : RESCU_LOGGERS) {
            assertFalse(ctx.getLogger(name).isDebugEnabled(), name + " would log at DEBUG");
        }
        ctx.stop();
    }
}
