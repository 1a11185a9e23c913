package nl.uitzicht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feature boundaries: no cycles between features, views and the API talk to services only, and
 * the domain core knows nothing of the web layer. Which module may use which, and that none reaches
 * into another's internals, is checked by {@link ApplicationModulesTest} (Spring Modulith).
 */
class ModuleBoundariesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.uitzicht");
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("nl.uitzicht.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsAndTheApiUseServicesNotPersistence() {
        noClasses()
                .that()
                .resideInAnyPackage("nl.uitzicht.ui..", "nl.uitzicht.api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcTemplate.class)
                .check(classes);
    }

    @Test
    void theDomainCoreDoesNotKnowTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "nl.uitzicht.ui..",
                        "nl.uitzicht.api..",
                        "nl.uitzicht.security..",
                        "nl.uitzicht.devdb..",
                        "nl.uitzicht.ops..")
                .and()
                .doNotHaveFullyQualifiedName("nl.uitzicht.UitzichtApplication")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "nl.uitzicht.ui..",
                        "nl.uitzicht.api..",
                        "nl.uitzicht.security..",
                        "jakarta.servlet..")
                .check(classes);
    }
}
