// Starts an in-process Neo4j (org.neo4j.test:neo4j-harness) for tests and local development.
//
// Run as a single-file source program, with the classpath from pom.xml:
//   java -cp "$(cat classpath.txt)" Neo4jLauncher.java [--port N] [--data-dir DIR]
//
// Options (each can also come from the environment):
//   --port N         NEO4J_LAUNCHER_PORT      Bolt port on 127.0.0.1; 0 or absent = a free port.
//   --data-dir DIR   NEO4J_LAUNCHER_DATA_DIR  Keep the databases in DIR (created if needed);
//                                             absent = a temporary directory, deleted on exit.
//   --transaction-memory-total-max BYTES        db.memory.transaction.total.max: the most all
//                    NEO4J_LAUNCHER_TX_MEMORY   transactions together may use (0 or absent = the
//                                             default); for tests of imports too large for one.
//   --pagecache-mb N NEO4J_LAUNCHER_PAGECACHE_MB server.memory.pagecache.size in MiB (default 64).
//   (env only)       NEO4J_LAUNCHER_PASSWORD  Password for user "neo4j" (default "password",
//                                             at least 8 characters). Kept out of argv so it
//                                             does not show in `ps`.
//
// Protocol: stdout gets exactly one line, "NEO4J_READY bolt://127.0.0.1:PORT", once Bolt accepts
// connections with that password. On failure, one line "NEO4J_FAILED <reason>" goes to stderr and
// the exit code is non-zero. The server stops cleanly when stdin reaches EOF (so it dies with the
// process that spawned it), when that parent process disappears, or on SIGTERM/SIGINT.
// Everything else the JVM or Neo4j would print goes to stderr; Neo4j's own logs go to files.

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

public class Neo4jLauncher {
    private static final PrintStream STDOUT = System.out;
    private static final PrintStream STDERR = System.err;
    private static final Object LOCK = new Object();
    private static final AtomicBoolean STOPPING = new AtomicBoolean(false);
    private static volatile Neo4j neo4j;
    private static volatile Path tempDir;
    private static volatile int requestedPort;

    public static void main(String[] args) {
        // Nothing but the READY line may reach stdout.
        System.setOut(STDERR);
        try {
            run(args);
        } catch (Throwable t) {
            if (!STOPPING.get()) {
                fail(describe(t), t);
            }
        }
    }

    private static void run(String[] args) throws Exception {
        int port = parsePort(option(args, "--port", "NEO4J_LAUNCHER_PORT", "0"));
        requestedPort = port;
        String dataDirArg = option(args, "--data-dir", "NEO4J_LAUNCHER_DATA_DIR", "");
        String password = env("NEO4J_LAUNCHER_PASSWORD", "password");
        if (password.length() < 8) {
            throw new IllegalArgumentException("password must be at least 8 characters (Neo4j's minimum)");
        }

        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::shutdown, "neo4j-launcher-shutdown"));
        watchStdin();
        watchParent();

        // The harness always creates a random working folder below the directory it is given
        // (holding neo4j.log) and deletes it on close. For a kept data directory we point
        // neo4j_home at that directory instead, so the databases survive restarts.
        tempDir = Files.createTempDirectory("neo4j-launcher-");
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(tempDir)
                .withDisabledServer() // no HTTP/HTTPS connector, Bolt only
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.parseLong(
                        option(args, "--pagecache-mb", "NEO4J_LAUNCHER_PAGECACHE_MB", "64").trim())))
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                .withConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                // Netty's graceful shutdown otherwise waits a 5 s quiet period per event-loop group.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5));
        long transactionMemory = Long.parseLong(
                option(args, "--transaction-memory-total-max", "NEO4J_LAUNCHER_TX_MEMORY", "0").trim());
        if (transactionMemory > 0) {
            builder = builder.withConfig(GraphDatabaseSettings.memory_transaction_global_max_size, transactionMemory);
        }
        if (!dataDirArg.isEmpty()) {
            Path dataDir = Path.of(dataDirArg).toAbsolutePath().normalize();
            Files.createDirectories(dataDir);
            builder = builder.withConfig(GraphDatabaseSettings.neo4j_home, dataDir);
        }

        Neo4j started;
        try {
            started = builder.build();
        } finally {
            deleteTemporaryLogConfigs();
        }
        synchronized (LOCK) {
            neo4j = started;
            if (STOPPING.get()) {
                return; // stdin closed while starting: the shutdown hook closes it
            }
        }

        setPassword(started, password);

        URI bolt = started.boltURI();
        int boltPort = bolt.getPort();
        waitForBolt(boltPort);
        if (STOPPING.get()) {
            return;
        }
        STDOUT.println("NEO4J_READY bolt://127.0.0.1:" + boltPort);
        STDOUT.flush();
        // main returns; the non-daemon threads of Neo4j keep the JVM alive until shutdown.
    }

    /** Sets the password of "neo4j" through the system database (embedded calls bypass auth). */
    private static void setPassword(Neo4j server, String password) {
        GraphDatabaseService system = server.databaseManagementService().database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A kept data directory already has this password: Neo4j refuses to "change" it to itself.
            String message = String.valueOf(describe(e)).toLowerCase();
            if (!message.contains("cannot be the same")) {
                throw e;
            }
            // Still make sure no password change is demanded of the client.
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt port " + port + " does not accept connections");
                }
                Thread.sleep(100);
            }
        }
    }

    private static void watchStdin() {
        Thread thread = new Thread(
                () -> {
                    InputStream in = System.in;
                    byte[] buffer = new byte[256];
                    try {
                        while (in.read(buffer) >= 0) {
                            // ignore input; only EOF matters
                        }
                    } catch (IOException ignored) {
                        // treat as EOF
                    }
                    exit("stdin closed");
                },
                "neo4j-launcher-stdin");
        thread.setDaemon(true);
        thread.start();
    }

    private static void watchParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> exit("parent process " + parent.pid() + " exited")));
    }

    private static void exit(String why) {
        if (STOPPING.compareAndSet(false, true)) {
            STDERR.println("Neo4jLauncher: " + why + ", shutting down");
        }
        // Runs the shutdown hook. From a separate thread so a caller holding locks cannot deadlock it.
        Thread exiter = new Thread(() -> System.exit(0), "neo4j-launcher-exit");
        exiter.start();
    }

    private static void shutdown() {
        STOPPING.set(true);
        Neo4j server;
        synchronized (LOCK) {
            server = neo4j;
            neo4j = null;
        }
        if (server != null) {
            try {
                server.close();
            } catch (Throwable t) {
                STDERR.println("Neo4jLauncher: error while stopping Neo4j: " + describe(t));
            }
        }
        Path dir = tempDir;
        if (dir != null) {
            deleteTemporaryLogConfigs();
            deleteRecursively(dir);
        }
        STDERR.flush();
    }

    /**
     * Neo4j writes a log4j-*.xml into java.io.tmpdir for the harness's user log and never deletes it.
     * Remove the ones that point into our temporary directory (read once at start-up, so safe to delete).
     */
    private static void deleteTemporaryLogConfigs() {
        Path dir = tempDir;
        if (dir == null) {
            return;
        }
        String marker = dir.toAbsolutePath().toString();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            files.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith("log4j-") && name.endsWith(".xml");
                    })
                    .forEach(p -> {
                        try {
                            if (Files.size(p) < 100_000 && Files.readString(p).contains(marker)) {
                                Files.deleteIfExists(p);
                            }
                        } catch (IOException | RuntimeException ignored) {
                            // not ours, unreadable, or already gone
                        }
                    });
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    private static void fail(String reason, Throwable t) {
        if (t != null && System.getenv("NEO4J_LAUNCHER_DEBUG") != null) {
            t.printStackTrace(STDERR);
        }
        STDERR.println("NEO4J_FAILED " + oneLine(reason));
        STDERR.flush();
        // halt after the hook's cleanup: exit() runs the shutdown hook, which closes anything half-started.
        Runtime.getRuntime().exit(1);
    }

    /** One-line reason: a port conflict or a locked store is named as such, else the deepest cause. */
    private static String describe(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            root = c;
        }
        for (Throwable c = t; c != null && c != c.getCause(); c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c instanceof BindException
                    || c.getClass().getSimpleName().equals("PortBindException")
                    || m.contains("Address already in use")) {
                return "Bolt port 127.0.0.1:" + requestedPort + " is already in use";
            }
            if (m.contains("Lock file has been locked") || m.contains("locked by another")) {
                java.util.regex.Matcher lock =
                        java.util.regex.Pattern.compile("locked by another process: (\\S+?)\\.?(\\s|\"|$)").matcher(m);
                return "the data directory is in use by another Neo4j process"
                        + (lock.find() ? " (lock file " + lock.group(1) + ")" : "");
            }
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getName();
        }
        return (root == t ? "" : root.getClass().getSimpleName() + ": ") + oneLine(message);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String option(String[] args, String name, String envName, String fallback) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return env(envName, fallback);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port: " + value);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
