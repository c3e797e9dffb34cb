package dev.osprey.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One capture file, gzip or plain text, that can be opened for reading. Paths and class-path resources can be
 * reopened, which a looping replay needs; a bare InputStream can be read once only.
 */
public final class CaptureSource {

    /** Opens the capture's bytes; called once per replay pass. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private CaptureSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public static CaptureSource of(String name, Opener opener) {
        return new CaptureSource(name, opener);
    }

    public static CaptureSource ofPath(Path file) {
        return new CaptureSource(file.toString(), () -> Files.newInputStream(file));
    }

    public static List<CaptureSource> ofPaths(List<Path> files) {
        return files.stream().map(CaptureSource::ofPath).toList();
    }

    /** A resource such as {@code /osprey/data/binance-spot-btcusdt_20240808.hftbacktest-raw.gz}. */
    public static CaptureSource ofResource(String resource) {
        return new CaptureSource(resource, () -> {
            InputStream in = CaptureSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("capture resource not on the class path: " + resource);
            }
            return in;
        });
    }

    /** A stream that is consumed by the first pass; a looping replay over it fails on its second pass. */
    public static CaptureSource ofStream(String name, InputStream in) {
        AtomicBoolean used = new AtomicBoolean();
        return new CaptureSource(name, () -> {
            if (used.getAndSet(true)) {
                throw new IOException("capture " + name + " is a one-shot stream and cannot be replayed again");
            }
            return in;
        });
    }

    public String name() {
        return name;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
