package nl.uitzicht.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import nl.uitzicht.UitzichtApplication;
import nl.uitzicht.faults.ThrowawayPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 22: the production application on a PostgreSQL of its own that is then stopped for real (an immediate
 * stop, every connection cut). An API request, whose bearer token is checked against the database in the
 * security filters, answers 503 with {@code Retry-After} and a problem detail with an error id (not 401, not
 * 500); a browser request that meets the outage (an invitation link) gets the Dutch "niet bereikbaar" page with the error id and a
 * way to try again, not Whitelabel; and once PostgreSQL is back the same request is answered as before.
 */
@Tag("own-jvm")
class OutageHttpTest {

    static ThrowawayPostgres pg;
    static ConfigurableApplicationContext app;
    static int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void appOnItsOwnPostgres() throws Exception {
        pg = ThrowawayPostgres.start(Path.of("target", "outage-pg"));
        try (java.sql.Connection c =
                        java.sql.DriverManager.getConnection(pg.server().url("postgres"), "postgres", "");
                java.sql.Statement s = c.createStatement()) {
            s.execute("create database uitzicht");
        }
        app = new SpringApplicationBuilder(UitzichtApplication.class)
                .profiles("prod")
                .run(
                        "--server.port=0",
                        "--uitzicht.embedded-db.enabled=false",
                        "--spring.datasource.url=" + pg.server().url("uitzicht"),
                        "--spring.datasource.password=not-the-development-default",
                        "--spring.liquibase.user=postgres",
                        "--spring.liquibase.password=",
                        "--spring.datasource.hikari.maximum-pool-size=2",
                        "--uitzicht.crypto.secret-key=dGVzdC1vbmx5LWtleS0zMi1ieXRlcy1sb25nLS0tLS0=");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    /** A token in the shape of a region's provider's (never checked that far): its issuer is looked up. */
    private static String bearer() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims =
                b64.encodeToString("{\"iss\":\"https://login.example.nl/realms/swv\",\"sub\":\"x\",\"exp\":4102444800}"
                        .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(new byte[] {1, 2, 3});
    }

    private HttpResponse<String> api() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/regions/PO1/schools"))
                        .header("Authorization", "Bearer " + bearer())
                        .header("Accept", "application/json")
                        .header("Accept-Language", "nl")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> browser(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .header("Accept-Language", "nl-NL,nl;q=0.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOutageAnswers503WithRetryAfterAndAnErrorIdAndRecovers() throws Exception {
        assertThat(api().statusCode()).as("an unknown issuer, database up").isEqualTo(401);

        pg.stopImmediate();
        try {
            HttpResponse<String> refused = api();
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("5");
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body())
                    .contains("\"status\":503", "Uitzicht kan de gegevens nu niet bereiken")
                    .containsPattern("\"errorId\":\"[0-9a-f]{8}\"")
                    .doesNotContain("Exception", "jdbc", "postgres");

            HttpResponse<String> page = browser("/uitnodiging/" + "a".repeat(43) + "/inloggen");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("5");
            assertThat(page.body())
                    .contains("<html lang=\"nl\">", "Uitzicht is even niet bereikbaar", "Opnieuw proberen")
                    .containsPattern("foutcode [0-9a-f]{8}")
                    .doesNotContain("Whitelabel", "Exception", "jdbc");
        } finally {
            pg.startServer();
        }

        int status = 503;
        for (int attempt = 0; attempt < 60 && status == 503; attempt++) {
            status = api().statusCode();
            if (status == 503) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("served again once PostgreSQL is back").isEqualTo(401);
    }
}
