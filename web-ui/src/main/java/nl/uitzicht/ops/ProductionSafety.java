package nl.uitzicht.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.PropertyResolver;

/**
 * The settings a production run must not keep from the local demo: the demo encryption key, the
 * development database password, the demo regions with their well-known accounts and (unless
 * explicitly allowed) the embedded database. Checked by
 * {@link ProductionSafetyCheck} before anything starts when the {@code prod} profile is active.
 */
final class ProductionSafety {

    /** The demo-only key in application.yaml (and formerly the compose file): public, so it protects nothing. */
    static final Set<String> DEMO_SECRET_KEYS = Set.of("ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=");

    /** The development password of the app's database login in application.yaml. */
    static final Set<String> DEMO_DATABASE_PASSWORDS = Set.of("uitzicht_app_dev");

    private ProductionSafety() {}

    /** What is unsafe for production in these settings, one sentence each; empty when all is well. */
    static List<String> problems(PropertyResolver settings) {
        List<String> problems = new ArrayList<>();
        String key = value(settings, "uitzicht.crypto.secret-key");
        if (key == null || key.isBlank()) {
            problems.add("UITZICHT_SECRET_KEY is not set: give 32 random bytes, base64 (openssl rand -base64 32).");
        } else if (DEMO_SECRET_KEYS.contains(key.trim())) {
            problems.add(
                    "UITZICHT_SECRET_KEY is the public demo key: give 32 random bytes, base64 (openssl rand -base64 32).");
        }
        String password = value(settings, "spring.datasource.password");
        if (password != null && DEMO_DATABASE_PASSWORDS.contains(password)) {
            problems.add(
                    "UITZICHT_DB_APP_PASSWORD is the development default: give the app's database login its own password.");
        }
        if ("true"
                .equalsIgnoreCase(
                        String.valueOf(value(settings, "uitzicht.demo.enabled")).trim())) {
            problems.add("Demo data is on (UITZICHT_DEMO / UITZICHT_DEMO_ENABLED): demo regions come with well-known "
                    + "passwords. Turn it off, or run without the prod profile.");
        }
        if (embeddedDatabase(settings)
                && !"true"
                        .equalsIgnoreCase(String.valueOf(value(settings, "uitzicht.embedded-db.allowed-in-prod"))
                                .trim())) {
            problems.add("No database is configured (UITZICHT_DB_URL is empty), so the embedded PostgreSQL would "
                    + "hold production data in a local folder: set UITZICHT_DB_URL to your PostgreSQL, or "
                    + "accept the embedded database with uitzicht.embedded-db.allowed-in-prod=true "
                    + "(UITZICHT_EMBEDDED_DB_ALLOWED_IN_PROD=true).");
        }
        return problems;
    }

    /** Whether the run would start the embedded PostgreSQL (nl.uitzicht.devdb): no URL and not switched off. */
    private static boolean embeddedDatabase(PropertyResolver settings) {
        String url = value(settings, "spring.datasource.url");
        String enabled = value(settings, "uitzicht.embedded-db.enabled");
        return (url == null || url.isBlank())
                && !"false".equalsIgnoreCase(String.valueOf(enabled).trim());
    }

    /** A setting's value; null when absent or when it refers to an environment variable that is not set. */
    private static @Nullable String value(PropertyResolver settings, String name) {
        try {
            return settings.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }
}
