package dev.osprey.app.wiring;

import dev.osprey.app.config.OspreyConfig;
import dev.osprey.replay.CaptureSource;
import dev.osprey.replay.ReplayFeed;
import dev.osprey.replay.ReplaySpeed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns the config's capture list ({@code classpath:/...} or file paths) into a replay feed. */
public final class ReplayFeeds {
    static final String CLASSPATH = "classpath:";

    private ReplayFeeds() {
    }

    public static ReplayFeed fromConfig(OspreyConfig config) {
        return new ReplayFeed(sources(config.replay().captures()), ReplaySpeed.parse(config.replay().speed()),
                config.replay().loop());
    }

    public static List<CaptureSource> sources(List<String> refs) {
        List<CaptureSource> out = new ArrayList<>();
        for (String ref : refs) {
            out.add(ref.startsWith(CLASSPATH) ? CaptureSource.ofResource(ref.substring(CLASSPATH.length()))
                    : CaptureSource.ofPath(Path.of(ref)));
        }
        return out;
    }
}
