package nl.uitzicht;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform module's beans, for its own integration tests (not part of the test-jar). */
@SpringBootApplication
public class PlatformTestApplication {}
