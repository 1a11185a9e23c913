package nl.uitzicht.ops;

import nl.uitzicht.access.SystemWork;
import nl.uitzicht.identity.SecretKeyRotation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Part of the migration run: after Liquibase, every stored secret is sealed with the current
 * {@code UITZICHT_SECRET_KEY} (a no-op unless the key is being rotated). A secret that opens with
 * neither the current nor the previous key fails the run, so a release with a wrong key stops
 * before its pods start.
 */
@Component
@Profile("migrate")
@Order(0)
class KeyRotationOnMigrate implements ApplicationRunner {

    private final SecretKeyRotation rotation;

    private final SystemWork systemWork;

    KeyRotationOnMigrate(SystemWork systemWork, SecretKeyRotation rotation) {
        this.systemWork = systemWork;
        this.rotation = rotation;
    }

    /** Runs as the system: it works for no person. */
    @Override
    public void run(ApplicationArguments args) {
        systemWork.run(() -> work(args));
    }

    private void work(ApplicationArguments args) {
        rotation.resealWithCurrentKey();
    }
}
