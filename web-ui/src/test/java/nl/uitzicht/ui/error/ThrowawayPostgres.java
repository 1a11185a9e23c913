package nl.uitzicht.ui.error;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL 15 cluster of this test alone (its own data directory under {@code target/}, its own port), to
 * stop for real under a running application; never the shared server. As root the server runs as the
 * {@code postgres} system user (PostgreSQL refuses root).
 */
final class ThrowawayPostgres implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path dataDir;
    private final int port;

    private ThrowawayPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb"));
    }

    static ThrowawayPostgres create(Path parent) throws Exception {
        Path dataDir = Files.createDirectories(parent.toAbsolutePath())
                .resolve("pg-" + ProcessHandle.current().pid());
        run(List.of("rm", "-rf", dataDir.toString()));
        Files.createDirectories(dataDir);
        if (asRoot()) {
            run(List.of("chown", "postgres", dataDir.toString()));
        }
        run(command("initdb", "-D", dataDir.toString(), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(dataDir, port);
        pg.start();
        return pg;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    void start() throws Exception {
        run(command(
                "pg_ctl",
                "-D",
                dataDir.toString(),
                "-l",
                dataDir.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-w",
                "start"));
    }

    /** An immediate stop, as a crash or a killed pod: every connection is cut at once. */
    void stop() throws Exception {
        run(command("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            stop();
        }
        run(List.of("rm", "-rf", dataDir.toString()));
    }

    private static List<String> command(String tool, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(tool).toString());
        command.addAll(List.of(args));
        return command;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
