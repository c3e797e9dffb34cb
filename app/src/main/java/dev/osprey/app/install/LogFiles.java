package dev.osprey.app.install;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Adds the data directory's log file beside the console (stderr) output that {@code logback.xml} sets up. It is
 * attached in code because the folder is only known once the command line has been read; CLI subcommands and tests
 * never call this, so they write no file. The file rolls at 10 MB and at midnight; 14 days and at most 200 MB are
 * kept, gzipped.
 */
public final class LogFiles {
    static final String APPENDER = "DATA_DIR_FILE";
    static final String FILE = "osprey.log";
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n";

    private LogFiles() {
    }

    /** Attaches the file to the running logback, if logback is the logging back end. */
    public static void writeTo(Path logsDir) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            attach(ctx, logsDir);
        }
    }

    static RollingFileAppender<ILoggingEvent> attach(LoggerContext ctx, Path logsDir) {
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(APPENDER) instanceof RollingFileAppender<ILoggingEvent> existing) {
            return existing;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName(APPENDER);
        file.setFile(logsDir.resolve(FILE).toString());
        file.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(logsDir.resolve("osprey-%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();

        file.setRollingPolicy(policy);
        file.start();
        root.addAppender(file);
        return file;
    }
}
