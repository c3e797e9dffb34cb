package dev.osprey.app.cli;

import dev.osprey.core.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Walks the audit trail's hash chain: exit 0 when intact, 1 naming the first broken record, 2 when unreadable. */
@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = "Check the tamper-evident audit trail of a data directory (exit 0 intact, 1 broken, 2 unreadable).")
final class VerifyAuditCommand implements Callable<Integer> {

    @Option(names = "--data-dir", required = true,
            description = "the workstation's data directory (its journal/ folder is used), or a journal folder")
    Path dataDir;

    @Override
    public Integer call() {
        Path journal = dataDir.resolve("journal");
        return AuditVerifier.run(Files.isDirectory(journal) ? journal : dataDir, System.out);
    }
}
