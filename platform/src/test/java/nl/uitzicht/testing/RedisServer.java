package nl.uitzicht.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A real redis-server started by a test on a free port, so the test can kill it (by its own pid)
 * and start it again on the same port. Uses a Docker-free local binary ({@code redis-server}).
 */
public final class RedisServer {

    private final int port;
    private final File logDir;
    private final String password;
    private Process process;

    private RedisServer(int port, File logDir, String password) {
        this.port = port;
        this.logDir = logDir;
        this.password = password;
    }

    public static RedisServer start(File logDir) {
        return start(logDir, "");
    }

    /** A server that answers only after AUTH with {@code password} (none when empty). */
    public static RedisServer start(File logDir, String password) {
        try (ServerSocket socket = new ServerSocket(0)) {
            RedisServer server = new RedisServer(socket.getLocalPort(), logDir, password);
            socket.close();
            server.launch();
            // stopped when the JVM ends, not after the test class: a context connected to it may stay
            // in Spring's context cache, and stopping (pausing) that context waits for its Redis
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-redis-" + server.port));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public void kill() {
        process.destroyForcibly();
        process.onExit().join();
    }

    public void restart() {
        launch();
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void launch() {
        try {
            logDir.mkdirs();
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                    "redis-server",
                    "--port",
                    String.valueOf(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no"));
            if (!password.isEmpty()) {
                command.addAll(java.util.List.of("--requirepass", password));
            }
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(logDir, "redis-" + port + ".log")))
                    .start();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!ping()) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("redis-server did not start on port " + port);
                }
                Thread.onSpinWait();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not start redis-server (is it installed?)", e);
        }
    }

    private boolean ping() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[7];
            int n = in.read(buffer);
            String answer = n > 0 ? new String(buffer, 0, n, StandardCharsets.US_ASCII) : "";
            // a password-protected server answers too, by asking for AUTH
            return answer.startsWith("+PONG") || answer.startsWith("-NOAUTH");
        } catch (IOException e) {
            return false;
        }
    }
}
