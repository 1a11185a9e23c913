package nl.uitzicht.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.Sector;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@PlatformTest
@WithRole(system = true)
class SupportCategoriesTest {

    @Autowired
    SupportCategories categories;

    @Autowired
    RegionDirectory regions;

    private UUID regionWithDefaults(String code) {
        UUID region = regions.register(code, "Regio " + code, Sector.PO).getId();
        TenantContext.runAs(region, categories::installDefaults);
        TenantContext.runAs(region, categories::installDefaults);
        return region;
    }

    @Test
    void aNewRegionGetsTheDefaultListAndEditsStayInThatRegion() {
        UUID a = regionWithDefaults("PO0101");
        UUID b = regionWithDefaults("PO0102");
        assertThat(TenantContext.callAs(a, categories::all))
                .hasSize(11)
                .filteredOn(SupportCategory::nationalMinimum)
                .extracting(SupportCategory::code)
                .containsExactly("LEZEN_SPELLEN", "TAAL_NT2", "WERKHOUDING", "MEERBEGAAFDHEID");

        SupportCategory added = TenantContext.callAs(a, () -> categories.add("  Executieve functies "));
        assertThat(added.name()).isEqualTo("Executieve functies");
        SupportCategory gedrag = TenantContext.callAs(a, categories::all).stream()
                .filter(c -> c.code().equals("GEDRAG"))
                .findFirst()
                .orElseThrow();
        TenantContext.runAs(
                a, () -> categories.update(gedrag.id(), "Gedrag en sociale vaardigheden", false, gedrag.version()));

        assertThat(TenantContext.callAs(a, categories::active))
                .hasSize(11)
                .extracting(SupportCategory::name)
                .contains("Executieve functies")
                .doesNotContain("Gedrag", "Gedrag en sociale vaardigheden");
        assertThat(TenantContext.callAs(b, categories::all))
                .hasSize(11)
                .extracting(SupportCategory::name)
                .contains("Gedrag")
                .doesNotContain("Executieve functies");
    }

    @Test
    void badNamesStaleEditsAndDuplicatesAreRefused() {
        UUID a = regionWithDefaults("PO0103");
        assertThatThrownBy(() -> TenantContext.runAs(a, () -> categories.add("  ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.byField()).containsEntry("name", "support.error.name"));
        assertThatThrownBy(() -> TenantContext.runAs(a, () -> categories.add("zien")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("support.error.duplicate"));
        SupportCategory zien = TenantContext.callAs(a, categories::all).stream()
                .filter(c -> c.code().equals("ZIEN"))
                .findFirst()
                .orElseThrow();
        TenantContext.runAs(a, () -> categories.update(zien.id(), "Visus", true, zien.version()));
        assertThatThrownBy(
                        () -> TenantContext.runAs(a, () -> categories.update(zien.id(), "Zicht", true, zien.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
