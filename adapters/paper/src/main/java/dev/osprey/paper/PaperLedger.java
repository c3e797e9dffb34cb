package dev.osprey.paper;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.journal.JournalException;
import dev.osprey.core.order.OrderRequest;
import dev.osprey.core.venue.AccountEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The paper venue's durable books, so a paper account outlives a restart (and a crash) the way an exchange account
 * does: one line per report it sends (JSON; an accept or reject is preceded on the same line by the order's request
 * and a tab, so a line cut short loses both), synced to disk before the reports are delivered. Reading it back rebuilds the {@link OrderHistory}: orders, fills and balances.
 * A last line cut short by a crash was never delivered, so it is dropped.
 */
final class PaperLedger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PaperLedger.class);
    private static final String VENUE = "paper";

    private final JournalCodec codec;
    private final FileChannel channel;
    private boolean unsynced;

    private PaperLedger(JournalCodec codec, FileChannel channel) {
        this.codec = codec;
        this.channel = channel;
    }

    /** Opens (creating) the ledger and replays what it holds into {@code history}. */
    static PaperLedger open(Path file, OrderHistory history) {
        JournalCodec codec = new JournalCodec();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                replay(codec, file, history);
            }
            return new PaperLedger(codec, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the paper ledger " + file, e);
        }
    }

    private static void replay(JournalCodec codec, Path file, OrderHistory history) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            OrderRequest request = null;
            EngineMessage m;
            try {
                int tab = line.indexOf('\t');
                if (tab >= 0) {
                    request = ((Command.PlaceOrder) codec.decode(line.substring(0, tab)
                            .getBytes(StandardCharsets.UTF_8))).request();
                }
                m = codec.decode(line.substring(tab + 1).getBytes(StandardCharsets.UTF_8));
            } catch (JournalException | ClassCastException e) {
                if (i == lines.size() - 1) {
                    LOG.warn("paper ledger {}: last line cut short by a crash, dropped", file);
                    break;
                }
                throw new IllegalStateException("paper ledger " + file + " is corrupt at line " + (i + 1), e);
            }
            if (m instanceof EngineMessage.VenueUpdate u) {
                history.apply(u.event(), request);
            }
        }
    }

    /** Writes one report (with the request, on an accept or reject); durable at the next {@link #sync()}. */
    void write(AccountEvent event, OrderRequest request) {
        try {
            byte[] report = codec.encode(new EngineMessage.VenueUpdate(VENUE, event));
            if (request == null) {
                line(report);
            } else {
                byte[] req = codec.encode(new Command.PlaceOrder(request));
                byte[] both = new byte[req.length + 1 + report.length];
                System.arraycopy(req, 0, both, 0, req.length);
                both[req.length] = '\t';
                System.arraycopy(report, 0, both, req.length + 1, report.length);
                line(both);
            }
            unsynced = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the paper ledger", e);
        }
    }

    private void line(byte[] json) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Makes everything written durable. */
    void sync() {
        if (!unsynced) {
            return;
        }
        try {
            channel.force(false);
            unsynced = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the paper ledger", e);
        }
    }

    @Override
    public void close() {
        try {
            sync();
            channel.close();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("closing the paper ledger: {}", e.toString());
        }
    }
}
