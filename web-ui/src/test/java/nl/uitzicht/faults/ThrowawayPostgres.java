package nl.uitzicht.faults;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.uitzicht.testing.TestDatabases.PgServer;

/**
 * A PostgreSQL 15 cluster of a test class's own, as real processes: {@code initdb} into {@code target/},
 * {@code pg_ctl start} on its own port, so the test can stop it (fast or immediate), start it again,
 * pause it ({@code kill -STOP} of the postmaster and its children, as a frozen VM) and cut the app's
 * connections ({@code pg_terminate_backend}). Only the processes of this cluster are ever signalled, by
 * pid. fsync is off (the cluster is thrown away after the class; only its processes crash, never the machine).
 * <p>
 * PostgreSQL refuses to run as root; as root the commands run as the {@code postgres} user.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    static final String BIN = System.getProperty("pg.bin", "/usr/lib/postgresql/15/bin");
    static final String ADMIN = "postgres";

    private final int port;
    private final Path dir;
    private final Path data;
    private volatile boolean paused;

    private ThrowawayPostgres(int port, Path dir) {
        this.port = port;
        this.dir = dir;
        this.data = dir.resolve("data");
    }

    /** A new cluster on the first free port of {@code ports}, started; stopped at JVM exit at the latest. */
    public static ThrowawayPostgres start(Path targetDir, int... ports) {
        int port = freePort(ports);
        ThrowawayPostgres pg =
                new ThrowawayPostgres(port, targetDir.toAbsolutePath().resolve("pg-" + port));
        pg.init();
        pg.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "stop-throwaway-pg-" + port));
        return pg;
    }

    public PgServer server() {
        return new PgServer("127.0.0.1", port, ADMIN, "");
    }

    int port() {
        return port;
    }

    Path log() {
        return dir.resolve("postgres.log");
    }

    /** {@code pg_ctl stop -m fast}: sessions are ended, a checkpoint is written. */
    public void stopFast() {
        pgCtl("stop", "-m", "fast", "-w", "-t", "30");
    }

    /** {@code pg_ctl stop -m immediate}: as a crash; the next start recovers from the WAL. */
    public void stopImmediate() {
        pgCtl("stop", "-m", "immediate", "-w", "-t", "30");
    }

    public void startServer() {
        pgCtl("start", "-w", "-t", "60", "-l", log().toString(), "-o", options());
    }

    /** {@code pg_ctl restart -m fast}, the way an operator restarts a server. */
    void restartFast() {
        pgCtl("restart", "-m", "fast", "-w", "-t", "60", "-l", log().toString(), "-o", options());
    }

    /** Freezes the postmaster and all its children (SIGSTOP): connections stay open, nothing answers. */
    void pause() {
        List<Long> pids = processes();
        signal("-STOP", pids);
        paused = true;
    }

    /** Thaws what {@link #pause} froze (and any child of it). */
    void resume() {
        signal("-CONT", processes());
        paused = false;
    }

    /** Ends every backend of {@code role} now, as a dropped connection or a failover would; how many. */
    int terminateBackendsOf(String role) {
        try (Connection c = DriverManager.getConnection(server().url("postgres"), ADMIN, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where usename = '" + role.replace("'", "''") + "' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean running() {
        return postmasterPid() > 0;
    }

    /** Stops the cluster (thawing it first) and, should pg_ctl fail, kills its postmaster by pid. */
    @Override
    public synchronized void close() {
        long pid = postmasterPid();
        if (pid <= 0) {
            return;
        }
        if (paused) {
            resume();
        }
        try {
            stopImmediate();
        } catch (RuntimeException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private void init() {
        try {
            if (Files.exists(dir)) {
                long stale = postmasterPid();
                if (stale > 0) {
                    // this class's own cluster of an earlier, aborted run in the same target folder
                    pgCtl("stop", "-m", "immediate", "-w");
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Files.createDirectories(dir);
            if (asRoot()) {
                run(List.of("chown", "-R", ADMIN, dir.toString()));
            }
            run(command(
                    BIN + "/initdb",
                    "-D",
                    data.toString(),
                    "-U",
                    ADMIN,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String options() {
        // fsync off: a stopped or crashed server (not the machine) keeps what it wrote. synchronous_commit
        // stays on: off, an immediate stop loses commits the app already confirmed (the tests saw it).
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                + " -c full_page_writes=off -c max_connections=60";
    }

    private void pgCtl(String... args) {
        List<String> command = new ArrayList<>(List.of(BIN + "/pg_ctl", "-D", data.toString()));
        command.addAll(List.of(args));
        run(command(command.toArray(String[]::new)));
    }

    /** The postmaster's pid from {@code postmaster.pid} if that process runs, else 0. */
    long postmasterPid() {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return 0;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The postmaster and every process below it. */
    private List<Long> processes() {
        long pid = postmasterPid();
        if (pid <= 0) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        return pids;
    }

    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(p -> command.add(String.valueOf(p)));
        run(command);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", ADMIN, "--"));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " ended with " + exit + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort(int... ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // the next one
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
