package dev.osprey.core.report;

import dev.osprey.core.engine.EngineMessage;
import dev.osprey.core.journal.JournalCodec;
import dev.osprey.core.order.Fill;
import dev.osprey.core.venue.OrderFilled;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fills of a journal database, oldest first: the {@code fills} read-model table when the desk wrote it, else
 * the fills inside the journalled venue updates (a scripted paper session journals messages only).
 */
public final class JournalFills {
    private final JournalCodec codec;

    public JournalFills(JournalCodec codec) {
        this.codec = codec;
    }

    /** Every fill up to (excluding) {@code beforeMs}: a report needs the fills before its period to know what was held. */
    public List<Fill> read(Connection c, long beforeMs) throws SQLException {
        List<Fill> fills = fromTable(c, beforeMs);
        return fills.isEmpty() ? fromJournal(c, beforeMs) : fills;
    }

    private List<Fill> fromTable(Connection c, long beforeMs) throws SQLException {
        List<Fill> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT payload FROM fills WHERE time_ms < ? ORDER BY time_ms, id")) {
            ps.setLong(1, beforeMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(codec.fromBytes(rs.getBytes(1), Fill.class));
                }
            }
        }
        return out;
    }

    private List<Fill> fromJournal(Connection c, long beforeMs) throws SQLException {
        List<Fill> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM journal WHERE type = ? ORDER BY seq")) {
            ps.setString(1, codec.typeId(EngineMessage.VenueUpdate.class));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EngineMessage m = codec.decode(rs.getBytes(1));
                    if (m instanceof EngineMessage.VenueUpdate u && u.event() instanceof OrderFilled f
                            && f.fill().timeMs() < beforeMs) {
                        out.add(f.fill());
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(Fill::timeMs));
        return out;
    }
}
