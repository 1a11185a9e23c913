package nl.uitzicht.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The profile {@code migrate}: start (web server on a random loopback port only), let Liquibase bring the schema up to
 * date as the owner (it runs while the context starts; a failed change set fails the start with a
 * non-zero exit code), check the mapping against it, and exit 0. The Helm chart runs this once per
 * release as a pre-install/pre-upgrade hook Job, so the app pods can run as the app role with
 * migrations off ({@code UITZICHT_DB_MIGRATE=false}).
 */
@Component
@Profile("migrate")
class MigrationRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(MigrationRun.class);

    private final Terminator terminator;

    MigrationRun(ObjectProvider<Terminator> terminator) {
        this.terminator = terminator.getIfAvailable(() -> System::exit);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info("Migrations done; the schema is up to date. Exiting.");
        int code = SpringApplication.exit(event.getApplicationContext(), () -> 0);
        terminator.exit(code);
    }

    /** How the process ends: {@code System.exit}, unless a test provides a bean of this type. */
    @FunctionalInterface
    interface Terminator {
        void exit(int code);
    }
}
