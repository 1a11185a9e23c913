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
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), dataDir);
        return postgres;
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
