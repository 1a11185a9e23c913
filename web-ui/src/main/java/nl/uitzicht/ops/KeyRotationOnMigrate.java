package nl.uitzicht.ops;

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

    KeyRotationOnMigrate(SecretKeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public void run(ApplicationArguments args) {
        rotation.resealWithCurrentKey();
    }
}
