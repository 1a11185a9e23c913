package nl.uitzicht.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.uitzicht.UitzichtApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModule.AllowedDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * The application modules: every top-level package under {@code nl.uitzicht}, in whichever Maven module
 * it lives (platform, tenant-admin, web-ui), is a Spring Modulith application module. Each declares in
 * its {@code package-info.java} which modules it may use ({@code @ApplicationModule(allowedDependencies)});
 * {@link ApplicationModules#verify()} fails on a cycle, on a use of another module's internals (its
 * sub-packages, or anything package-private) and on a dependency not declared. The diagrams in
 * {@code docs/modules/} and the one in README.md are generated from the same model.
 */
class ApplicationModulesTest {

    /** Set to {@code true} ({@code -Dmodules.write=true}) to rewrite README.md's module diagram. */
    static final String WRITE_PROPERTY = "modules.write";

    static final ApplicationModules MODULES = ApplicationModules.of(UitzichtApplication.class, new ProductionClasses());

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyDeclaredDependencyIsInUse() {
        Map<String, List<String>> unused = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            if (module.getAllowedDependencies(MODULES).stream().findAny().isEmpty()) {
                continue; // declares none (or does not restrict them): nothing can be stale
            }
            var used = module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(it -> it.getIdentifier().toString())
                    .toList();
            var stale = module.getAllowedDependencies(MODULES).stream()
                    .map(AllowedDependency::getTargetModule)
                    .map(it -> it.getIdentifier().toString())
                    .filter(it -> !used.contains(it))
                    .sorted()
                    .toList();
            if (!stale.isEmpty()) {
                unused.put(module.getIdentifier().toString(), stale);
            }
        }
        assertThat(unused)
                .as("modules that declare dependencies they no longer use (remove them from allowedDependencies in "
                        + "the module's package-info.java, so the declarations stay the real dependency graph)")
                .isEmpty();
    }

    @Test
    void theModuleModelCoversTheThreeMavenModules() {
        var mavenModules = new TreeSet<String>();
        MODULES.forEach(module -> mavenModules.add(ModuleDiagram.mavenModuleOf(module)));
        assertThat(mavenModules).contains("platform", "tenant-admin", "web-ui");
        assertThat(MODULES.getModuleByName("opp")).isPresent();
        assertThat(MODULES.getModuleByName("provisioning")).isPresent();
        assertThat(MODULES.getModuleByName("ui")).isPresent();
    }

    @Test
    void documentationIsWrittenToDocsModules() throws IOException {
        Path folder = RepositoryRoot.find().resolve("docs/modules");
        var diagrams = DiagramOptions.defaults()
                .withElementsWithoutRelationships(DiagramOptions.ElementsWithoutRelationships.VISIBLE);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(diagrams)
                .writeIndividualModulesAsPlantUml(diagrams)
                .writeModuleCanvases(CanvasOptions.defaults())
                .writeAggregatingDocument(diagrams, CanvasOptions.defaults());
        sortRelations(folder);
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-opp.puml")).exists();
        assertThat(folder.resolve("module-opp.adoc")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(it -> it.getFileName().toString().endsWith(".adoc")))
                    .hasSizeGreaterThan(MODULES.stream().toList().size());
        }
    }

    @Test
    void readmeShowsTheCurrentModuleDiagram() throws IOException {
        Path readme = RepositoryRoot.find().resolve("README.md");
        String text = Files.readString(readme);
        String block = new ModuleDiagram(MODULES).markdown();
        int start = text.indexOf(ModuleDiagram.START);
        int end = text.indexOf(ModuleDiagram.END);
        if (start < 0 || end < start) {
            fail(
                    "README.md has no module diagram block: put these lines in its architecture section:%n%s%n%s%n%s",
                    ModuleDiagram.START, block, ModuleDiagram.END);
        }
        String current =
                text.substring(start + ModuleDiagram.START.length(), end).strip();
        if (current.equals(block.strip())) {
            return;
        }
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(
                    readme,
                    text.substring(0, start + ModuleDiagram.START.length()) + "\n" + block.strip() + "\n"
                            + text.substring(end));
            return;
        }
        fail("""
                README.md's module diagram does not match the modules in the code. Run this test with \
                -D%s=true to rewrite the block, or replace the lines between %s and %s with:
                %s""", WRITE_PROPERTY, ModuleDiagram.START, ModuleDiagram.END, block);
    }

    /**
     * The Documenter writes a diagram's relations in no fixed order; sorting them keeps the files in
     * {@code docs/modules/} unchanged until the modules change.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(it -> it.getFileName().toString().endsWith(".puml"))
                    .toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                int i = 0;
                while (i < lines.size()) {
                    int end = i;
                    while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                        end++;
                    }
                    Collections.sort(lines.subList(i, end));
                    i = end + 1;
                }
                Files.write(file, lines);
            }
        }
    }

    /** Production classes only: neither test classes nor the platform's test jar. */
    static final class ProductionClasses implements ImportOption {

        private final ImportOption notTests = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return notTests.includes(location) && !location.contains("-tests.jar");
        }
    }
}
