package nl.uitzicht.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The no-setup local run: when no database URL is configured, an embedded PostgreSQL starts
 * with its data kept between runs. Liquibase migrates as its superuser (the owner), the app
 * connects as the non-owner app role, exactly as in production. Never used when
 * {@code UITZICHT_DB_URL} is set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and '${uitzicht.embedded-db.enabled:true}' == 'true'")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${uitzicht.embedded-db.data-dir}") Path dataDir, @Value("${uitzicht.embedded-db.port:0}") int port)
            throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = durable(dataDir, port).start();
        log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), dataDir);
        return postgres;
    }

    /**
     * The embedded PostgreSQL as a durable database: the library's test defaults turn fsync off (the
     * {@code -F} flag) and synchronous_commit off, which a power cut repays with a corrupt cluster or
     * with lost commits the screen confirmed. Settings given later on the command line win over
     * {@code -F}, so these turn both back on (and full_page_writes, which protects against torn pages).
     */
    static EmbeddedPostgres.Builder durable(Path dataDir, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    @Bean
    JdbcConnectionDetails appConnectionDetails(
            EmbeddedPostgres postgres,
            @Value("${spring.datasource.username}") String user,
            @Value("${spring.datasource.password}") String password) {
        String url = jdbcUrl(postgres);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    @Bean
    LiquibaseConnectionDetails liquibaseConnectionDetails(EmbeddedPostgres postgres) {
        String url = jdbcUrl(postgres);
        return new LiquibaseConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return null;
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
