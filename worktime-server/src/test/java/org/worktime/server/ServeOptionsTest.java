package org.worktime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code worktime serve}'s options become Spring properties; a typo is refused, never ignored. */
class ServeOptionsTest {

    @Test
    void optionsBecomeProperties() {
        assertThat(WorktimeServer.ServeOptions.toSpringArguments(List.of("--data", "/srv/wt", "--port=18085", "--db-url",
                "jdbc:postgresql://127.0.0.1/wt", "--db-user", "wt", "--db-password", "secret", "--logging.level.root=WARN")))
                .containsExactly("--worktime.data=/srv/wt", "--server.port=18085", "--spring.datasource.url=jdbc:postgresql://127.0.0.1/wt",
                        "--spring.datasource.username=wt", "--spring.datasource.password=secret", "--logging.level.root=WARN");
        assertThat(WorktimeServer.ServeOptions.toSpringArguments(List.of("--help"))).isNull();
    }

    @Test
    void aTypoOrAMissingValueIsRefused() {
        assertThatThrownBy(() -> WorktimeServer.ServeOptions.toSpringArguments(List.of("--prot", "8080")))
                .hasMessage("unknown option '--prot'");
        assertThatThrownBy(() -> WorktimeServer.ServeOptions.toSpringArguments(List.of("--data")))
                .hasMessage("option '--data' needs a value");
        assertThatThrownBy(() -> WorktimeServer.ServeOptions.toSpringArguments(List.of("--port", "80a")))
                .hasMessage("--port: '80a' is not a port number");
    }
}
