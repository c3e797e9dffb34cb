package dev.osprey.core.journal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The child process of {@link CrashDurabilityTest}: appends order intents for ever, in bursts, and prints
 * "durable SEQ" for each the moment the writer says it is durable. The test kills it with SIGKILL mid-burst.
 */
public final class CrashingJournalClient {
    private CrashingJournalClient() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        JournalDatabase db = JournalDatabase.open(Path.of(args[0]));
        JournalWriter writer = JournalWriter.start(db, new JournalCodec());
        out.println("ready");
        out.flush();
        for (int i = 1; ; i++) {
            CompletableFuture<Long> ack = writer.append(Messages.intent(i));
            ack.thenAccept(seq -> {
                synchronized (out) {
                    out.println("durable " + seq);
                    out.flush();
                }
            });
            if (i % 64 == 0) {
                // Bursts of 64 keep batches forming without overrunning the queue.
                ack.join();
            }
        }
    }
}
