package dev.osprey.app.cli;

import dev.osprey.core.journal.JournalDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What a data directory's journal holds, read-only (nothing is migrated or changed): its schema version and how many
 * rows each table has, as one JSON line. For support, and for the installer's upgrade test.
 */
@Command(name = "journal-info", mixinStandardHelpOptions = true,
        description = "Print the journal's schema version and row counts as JSON (read-only; exit 2 if unreadable).")
final class JournalInfoCommand implements Callable<Integer> {
    private static final String[] TABLES = {"journal", "snapshots", "orders", "fills", "positions", "balances",
            "trading_state", "audit_trail"};

    @Option(names = "--data-dir", required = true,
            description = "the workstation's data directory (its journal/ folder is used), or a journal folder")
    Path dataDir;

    @Override
    public Integer call() {
        Path journal = dataDir.resolve("journal");
        Path dir = Files.isDirectory(journal) ? journal : dataDir;
        Map<String, Object> info = new LinkedHashMap<>();
        try (Connection c = JournalDatabase.connectReadOnly(dir); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                info.put("schemaVersion", rs.next() ? rs.getString(1) : null);
            }
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    info.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            System.err.println("cannot read the journal in " + dir + ": " + e.getMessage());
            return 2;
        }
        StringBuilder json = new StringBuilder("{");
        info.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                .append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v)));
        System.out.println(json.append('}'));
        return 0;
    }
}
