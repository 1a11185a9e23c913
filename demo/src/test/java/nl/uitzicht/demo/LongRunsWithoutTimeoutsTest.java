package nl.uitzicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The generator and benchmark runs drop the request timeouts; an ordinary run keeps them. */
class LongRunsWithoutTimeoutsTest {

    static final String OPTIONS = "spring.datasource.hikari.data-source-properties.options";

    private static MockEnvironment run(String... settings) {
        MockEnvironment environment =
                new MockEnvironment().withProperty(OPTIONS, "-c statement_timeout=5s -c lock_timeout=3s");
        for (String setting : settings) {
            environment.setProperty(setting, "true");
        }
        new LongRunsWithoutTimeouts().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theGeneratorAndTheBenchmarkRunWithoutTimeouts() {
        assertThat(run("uitzicht.generate.enabled").getProperty(OPTIONS))
                .isEqualTo("-c statement_timeout=0 -c lock_timeout=0");
        assertThat(run("uitzicht.benchmark.enabled").getProperty(OPTIONS)).contains("statement_timeout=0");
        assertThat(run("uitzicht.benchmark.enabled")
                        .getProperty("spring.datasource.hikari.data-source-properties.socketTimeout"))
                .isEqualTo("0");
    }

    @Test
    void anOrdinaryRunKeepsThem() {
        assertThat(run().getProperty(OPTIONS)).contains("statement_timeout=5s");
    }
}
