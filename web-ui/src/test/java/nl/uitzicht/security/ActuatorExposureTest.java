package nl.uitzicht.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.uitzicht.AppTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Metrics are never public: on the port users reach, {@code /actuator/prometheus} is refused; the probes'
 * health groups stay open. With its own management port (the Helm chart, ADR 0042) Prometheus scrapes there.
 */
class ActuatorExposureTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The image's and the compose stack's single port. */
    @Nested
    @AppTest
    class OnePort {

        @LocalServerPort
        int port;

        @Test
        void metricsAreRefusedWhileHealthAnswersTheProbes() throws Exception {
            HttpResponse<String> metrics = get(port, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(403);
            assertThat(metrics.body()).doesNotContain("jvm_memory");
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
    }

    @Nested
    @AppTest
    @TestPropertySource(properties = "management.server.port=0")
    class OwnManagementPort {

        @LocalServerPort
        int port;

        @LocalManagementPort
        int managementPort;

        @Test
        void metricsAreServedOnTheManagementPortOnly() throws Exception {
            assertThat(managementPort).isNotEqualTo(port);
            HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory");
            assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                    .isEqualTo(200);
            HttpResponse<String> onAppPort = get(port, "/actuator/prometheus");
            assertThat(onAppPort.body()).doesNotContain("jvm_memory");
        }
    }
}
