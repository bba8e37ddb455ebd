package org.worktime.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The Worktime server: an adapter over the engine that keeps the records (H2 in a data folder by default, PostgreSQL
 * by one switch) and answers over HTTP under {@code /api/v1}. {@code ./worktime serve} runs this jar as its own process.
 */
@SpringBootApplication
@EnableAsync
public class WorktimeServer {

    public static void main(String[] args) {
        List<String> springArgs;
        try {
            springArgs = ServeOptions.toSpringArguments(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("worktime serve: " + e.getMessage());
            System.err.println(ServeOptions.USAGE);
            System.exit(2);
            return;
        }
        if (springArgs == null) {
            System.out.println(ServeOptions.USAGE);
            return;
        }
        SpringApplication.run(WorktimeServer.class, springArgs.toArray(String[]::new));
    }

    /** The options of {@code worktime serve}, turned into Spring properties. */
    static final class ServeOptions {

        static final String USAGE = """
                Usage: worktime serve [--data DIR] [--port N] [--address HOST] [--db-url JDBC-URL --db-user USER --db-password PASSWORD]
                  --data DIR        the data folder holding the H2 database (default ./worktime-data; env WORKTIME_DATA)
                  --port N          the HTTP port (default 8080; env WORKTIME_PORT)
                  --address HOST    the address to listen on (default 127.0.0.1; env WORKTIME_ADDRESS)
                  --db-url URL      a PostgreSQL JDBC URL instead of H2, e.g. jdbc:postgresql://db:5432/worktime (env WORKTIME_DB_URL)
                  --db-user USER, --db-password PASSWORD   its credentials (env WORKTIME_DB_USER, WORKTIME_DB_PASSWORD)
                Any Spring property may also be given as --name=value.""";

        private static final List<String[]> OPTIONS = List.of(
                new String[] {"--data", "worktime.data"},
                new String[] {"--port", "server.port"},
                new String[] {"--address", "server.address"},
                new String[] {"--db-url", "spring.datasource.url"},
                new String[] {"--db-user", "spring.datasource.username"},
                new String[] {"--db-password", "spring.datasource.password"});

        private ServeOptions() {
        }

        /** The Spring arguments, or null when help was asked for; an unknown option or a missing value is refused. */
        static List<String> toSpringArguments(List<String> args) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--help") || arg.equals("-h")) {
                    return null;
                }
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String property = property(name);
                if (property == null) {
                    if (arg.startsWith("--") && arg.contains("=") && arg.indexOf('.') > 0 && arg.indexOf('.') < arg.indexOf('=')) {
                        out.add(arg);
                        continue;
                    }
                    throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException("option '" + name + "' needs a value");
                }
                if (name.equals("--port") && !value.matches("\\d{1,5}")) {
                    throw new IllegalArgumentException("--port: '" + value + "' is not a port number");
                }
                out.add("--" + property + "=" + value);
            }
            return out;
        }

        private static String property(String option) {
            for (String[] o : OPTIONS) {
                if (o[0].equals(option)) {
                    return o[1];
                }
            }
            return null;
        }
    }
}
