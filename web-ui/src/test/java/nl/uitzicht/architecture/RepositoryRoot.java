package nl.uitzicht.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root folder (where README.md and the parent pom are), found from the working directory. */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("web-ui"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no checkout root (with README.md and web-ui/) above "
                + Path.of("").toAbsolutePath());
    }
}
