package dev.osprey.app.install;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFilesTest {
    @TempDir
    Path logs;

    /** A context of the test's own, so that the build's logging is left alone. */
    private static LoggerContext context() {
        LoggerContext ctx = new LoggerContext();
        ctx.setMDCAdapter(new LogbackMDCAdapter());
        ctx.start();
        return ctx;
    }

    @Test
    void whenAttached_thenLinesGoToTheDataDirectoryFile_rolledBySizeAndDay() throws Exception {
        LoggerContext ctx = context();
        RollingFileAppender<ILoggingEvent> file = LogFiles.attach(ctx, logs);

        ctx.getLogger("dev.osprey.test").info("order c1 accepted");
        ctx.stop();

        String written = Files.readString(logs.resolve("osprey.log"));
        assertTrue(written.contains("INFO  [") && written.endsWith("order c1 accepted\n"), written);
        SizeAndTimeBasedRollingPolicy<?> policy = assertInstanceOf(SizeAndTimeBasedRollingPolicy.class,
                file.getRollingPolicy());
        assertTrue(policy.getFileNamePattern().endsWith("osprey-%d{yyyy-MM-dd}.%i.log.gz"));
    }

    @Test
    void whenAttachedTwice_thenOneFileAppender() {
        LoggerContext ctx = context();

        RollingFileAppender<ILoggingEvent> first = LogFiles.attach(ctx, logs);
        RollingFileAppender<ILoggingEvent> second = LogFiles.attach(ctx, logs);

        assertSame(first, second);
        ctx.stop();
    }
}
