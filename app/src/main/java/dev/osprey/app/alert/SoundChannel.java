package dev.osprey.app.alert;

import dev.osprey.core.alert.Alert;
import dev.osprey.core.alert.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * A short generated tone: one beep for a warning, two higher ones for a critical alert. A machine without a sound
 * device (a server, a headless test) makes this channel silent: it says so once in the log and never fails.
 */
final class SoundChannel implements AlertChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SoundChannel.class);
    private static final float RATE = 22_050f;

    private boolean unavailable;

    @Override
    public String name() {
        return "sound";
    }

    @Override
    public void deliver(Alert alert) {
        if (unavailable) {
            return;
        }
        boolean critical = alert.severity() == Severity.CRITICAL;
        byte[] tone = tone(critical ? 1320 : 880, 140, critical ? 2 : 1);
        AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(tone, 0, tone.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            unavailable = true;
            LOG.info("no sound device ({}): alert sounds are off", e.getClass().getSimpleName());
        }
    }

    /** {@code beeps} sine beeps of {@code ms} each at {@code hz}, with a gap as long as a beep between them. */
    static byte[] tone(int hz, int ms, int beeps) {
        int n = (int) (RATE * ms / 1000);
        byte[] out = new byte[n * (2 * beeps - 1)];
        for (int b = 0; b < beeps; b++) {
            for (int i = 0; i < n; i++) {
                double fade = Math.min(1, Math.min(i, n - i) / (RATE * 0.005));
                out[2 * b * n + i] = (byte) (Math.sin(2 * Math.PI * hz * i / RATE) * 90 * fade);
            }
        }
        return out;
    }
}
