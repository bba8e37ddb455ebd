package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the server (its own process, on its H2 file) while an import is being written, then a restart:
 * the import is wholly there or wholly absent, and its retry (same Idempotency-Key) completes exactly once.
 */
class KillDuringImportTest {

    private static final int SHIFTS = 3_200;

    @TempDir
    Path data;

    private Process server;
    /** The running server's log (stdout and stderr). */
    private Path log;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledImportIsWhollyAbsentOrPresentAndItsRetryCompletesOnce() throws Exception {
        int port = freePort();
        server = start(port);
        Fixtures.Tenant t = Fixtures.tenant(port, "kill");
        String wp = Fixtures.enterKrTeam(t);
        String imports = "/api/v1/workplaces/" + wp + "/imports";
        byte[] file = bigFile();

        CompletableFuture<Api.Response> upload = CompletableFuture.supplyAsync(
                () -> t.hr().upload(imports, "big.csv", file, Map.of("Idempotency-Key", "big-1")));
        // Killed once the server has read the file and begun entering its shifts (its log says so), not after a guessed
        // sleep: the kill lands inside the import's transaction, and the employees were committed a moment before.
        awaitLog("entering " + SHIFTS + " shifts", Duration.ofSeconds(60));
        assertThat(upload).as("the import should still be running when the server is killed").isNotDone();
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no rollback by the server
        assertThat(server.isAlive()).isFalse();

        server = start(port);
        Fixtures.Tenant again = new Fixtures.Tenant(t.id(), Api.session(port, t.id() + "-hr", t.hrPassword()), t.hrPassword());
        // Nothing answered as committed is lost by the kill (H2 writes at each commit, WRITE_DELAY=0).
        assertThat(again.hr().get("/api/v1/workplaces/" + wp + "/employees").json().size()).isEqualTo(8);
        int stored = count(again.hr(), wp);
        assertThat(stored).as("all or nothing").isIn(0, SHIFTS);

        Api.Response retry = again.hr().upload(imports, "big.csv", file, Map.of("Idempotency-Key", "big-1"));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(stored == 0 ? 201 : 200);
        assertThat(retry.json().get("shifts").asInt()).isEqualTo(SHIFTS);
        assertThat(count(again.hr(), wp)).isEqualTo(SHIFTS);
        Api.Response twice = again.hr().upload(imports, "big.csv", file, Map.of("Idempotency-Key", "big-1"));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().get("replayed").asBoolean()).isTrue();
        assertThat(count(again.hr(), wp)).isEqualTo(SHIFTS);
        assertThat(again.hr().get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
    }

    /** 400 days of a 09:00-18:00 shift for each of the 8 employees. */
    private static byte[] bigFile() {
        StringBuilder csv = new StringBuilder("employee,start,end,breaks\n");
        LocalDate first = LocalDate.parse("2024-01-01");
        for (int e = 1; e <= 8; e++) {
            for (int d = 0; d < SHIFTS / 8; d++) {
                LocalDate day = first.plusDays(d);
                csv.append("E00").append(e).append(',').append(day).append("T09:00,").append(day).append("T18:00,12:00-13:00\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int count(Api hr, String wp) {
        Api.Response r = hr.get("/api/v1/workplaces/" + wp + "/shifts?from=2023-12-01&to=2026-12-31");
        assertThat(r.status()).isEqualTo(200);
        return r.json().size();
    }

    private Process start(int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.worktime.server.WorktimeServer", "--data", data.toString(), "--port", Integer.toString(port),
                "--worktime.admin.initial-password=" + Fixtures.ADMIN_PASSWORD));
        log = Files.createTempFile(data.getParent(), "server", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Api probe = new Api(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the server exited: " + Files.readString(log));
            }
            try {
                if (probe.get("/actuator/health").status() == 200) {
                    return p;
                }
            } catch (AssertionError notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start in 180 s: " + Files.readString(log));
    }

    private void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log).contains(text)) {
            if (System.nanoTime() > deadline || !server.isAlive()) {
                throw new AssertionError("the server's log never said '" + text + "': " + Files.readString(log));
            }
            Thread.sleep(10);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
