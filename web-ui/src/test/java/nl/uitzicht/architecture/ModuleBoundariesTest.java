package nl.uitzicht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feature boundaries: no cycles between features, views and the API talk to services only,
 * the domain core knows nothing of the web layer, and no feature reaches into another's internals.
 */
class ModuleBoundariesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.uitzicht");
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("nl.uitzicht.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsAndTheApiUseServicesNotPersistence() {
        noClasses().that().resideInAnyPackage("nl.uitzicht.ui..", "nl.uitzicht.api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .check(classes);
    }

    @Test
    void theDomainCoreDoesNotKnowTheWebLayer() {
        noClasses().that().resideOutsideOfPackages("nl.uitzicht.ui..", "nl.uitzicht.api..", "nl.uitzicht.security..",
                        "nl.uitzicht.devdb..", "nl.uitzicht.ops..")
                .and().doNotHaveFullyQualifiedName("nl.uitzicht.UitzichtApplication")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "nl.uitzicht.ui..",
                        "nl.uitzicht.api..", "nl.uitzicht.security..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void internalsStayInsideTheirFeature() {
        classes().that().resideInAPackage("..internal..").should(beUsedOnlyWithinTheirFeature())
                .allowEmptyShould(true).check(classes);
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature() {
        return new ArchCondition<>("be used only within their own feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String feature = featureOf(target.getPackageName());
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    if (!featureOf(dependency.getOriginClass().getPackageName()).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code nl.uitzicht.opp.internal} belongs to feature {@code nl.uitzicht.opp}. */
    static String featureOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length < 3 ? packageName : String.join(".", parts[0], parts[1], parts[2]);
    }
}
