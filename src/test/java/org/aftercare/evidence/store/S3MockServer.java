package org.aftercare.evidence.store;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Adobe's S3Mock, a real S3-protocol HTTP server, run from its executable jar in a JVM of its own (its
 * Spring Boot and Kotlin libraries stay off our test classpath). Maven copies the jar to target/s3mock
 * (see pom.xml, maven-dependency-plugin); the path comes in the system property {@code s3mock.jar}.
 */
final class S3MockServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path root;
    private final Path log;

    private S3MockServer(Process process, int port, Path root, Path log) {
        this.process = process;
        this.port = port;
        this.root = root;
        this.log = log;
    }

    static S3MockServer start(String bucket) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock-exec.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Mock's executable jar is missing at " + jar + "; run the tests through Maven");
        }
        Path root = Files.createTempDirectory("s3mock-");
        Path log = root.resolve("s3mock.log");
        int http = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--http.port=" + http,
                "--com.adobe.testing.s3mock.http-port=" + http,
                "--server.port=" + freePort(),
                "--com.adobe.testing.s3mock.vectors.http-port=" + freePort(),
                "--com.adobe.testing.s3mock.vectors.https-port=" + freePort(),
                "--com.adobe.testing.s3mock.store.root=" + root.resolve("data"),
                "--com.adobe.testing.s3mock.store.initial-buckets=" + bucket,
                "--spring.main.banner-mode=off"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3MockServer server = new S3MockServer(process, http, root, log);
        server.awaitReady();
        return server;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited: " + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint().toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() > 0) {
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("S3Mock did not start within 90 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
