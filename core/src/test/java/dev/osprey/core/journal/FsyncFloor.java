package dev.osprey.core.journal;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the disk alone costs: append 16 KiB (about one journal chunk) and force it, as CHECKPOINT SYNC does. No
 * durable commit can be faster than this, so the journal's latency is read against it.
 */
final class FsyncFloor {
    private FsyncFloor() {
    }

    static String measure(Path dir, int rounds) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("fsync-probe.bin");
        Histogram h = new Histogram(60_000_000_000L, 3);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(16 * 1024);
            for (int i = 0; i < rounds; i++) {
                block.clear();
                long start = System.nanoTime();
                ch.write(block, (long) i * block.capacity());
                ch.force(true);
                h.recordValue(System.nanoTime() - start);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return String.format("raw 16 KiB append + fsync (%d rounds): latency us p50 %,.0f  p90 %,.0f  p99 %,.0f"
                        + "  p99.9 %,.0f  max %,.0f", rounds, h.getValueAtPercentile(50) / 1e3,
                h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
    }
}
