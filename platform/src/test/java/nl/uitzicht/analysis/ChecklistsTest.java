package nl.uitzicht.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.identity.AccountDirectory;
import nl.uitzicht.identity.Role;
import nl.uitzicht.opp.OppPlans;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@PlatformTest
@WithRole(system = true)
class ChecklistsTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    Checklists checklists;

    @Autowired
    ScoringRounds rounds;

    @Test
    void theDefaultHasFifteenItemsGroupedWithThreeLevelsEach() {
        AnalysisFixture f = new AnalysisFixture(regions, schools, categories, accounts);
        Checklist standard = TenantContext.callAs(f.region, checklists::standard);
        assertThat(standard.items()).hasSize(15);
        assertThat(standard.versionNo()).isEqualTo(1);
        assertThat(standard.items()).allSatisfy(i -> {
            assertThat(i.level0()).isNotBlank();
            assertThat(i.level1()).isNotBlank();
            assertThat(i.level2()).isNotBlank();
        });
        assertThat(standard.items()).extracting(ChecklistItem::part).contains(ChecklistPart.values());
        assertThat(TenantContext.callAs(f.region, checklists::current)).hasSize(1);
    }

    @Test
    void aCopyIsEditedInNewVersionsAndARoundKeepsItsVersion() {
        AnalysisFixture f = new AnalysisFixture(regions, schools, categories, accounts);
        Analyst admin = f.person("Bea Beheer", Role.REGION_ADMIN);
        Analyst anna = f.person("Anna", Role.TRAINER);
        Analyst bram = f.person("Bram", Role.TRAINER);
        UUID opp = f.draft(pupils, plans, "Sam", LocalDate.now().minusDays(3));
        Checklist standard = TenantContext.callAs(f.region, checklists::standard);
        Checklist copy =
                TenantContext.callAs(f.region, () -> checklists.copy(admin, standard.id(), "Checklist Waterlinie"));
        UUID round = TenantContext.callAs(
                        f.region,
                        () -> rounds.start(
                                admin, "R1", copy.id(), List.of(opp), List.of(anna.accountId(), bram.accountId()), 2))
                .id();

        List<ChecklistItem> items = new ArrayList<>(copy.items());
        items.removeLast();
        items.set(
                0,
                new ChecklistItem(
                        "WETTELIJKE_DELEN", ChecklistPart.ALL_PARTS, "Alle delen zijn er.", "Nee", "Deels", "Ja"));
        Checklist v2 = TenantContext.callAs(
                f.region, () -> checklists.edit(admin, copy.id(), copy.version(), "Checklist Waterlinie", items));
        assertThat(v2.familyId()).isEqualTo(copy.familyId());
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.items()).hasSize(14);
        assertThat(TenantContext.callAs(f.region, () -> checklists.history(copy.familyId())))
                .extracting(Checklist::versionNo)
                .containsExactly(2, 1);
        // The standard is untouched; the round still scores with version 1 of the copy (15 items).
        assertThat(TenantContext.callAs(f.region, () -> checklists.get(standard.id()))
                        .items())
                .hasSize(15);
        ScoreSheet sheet = TenantContext.callAs(f.region, () -> rounds.sheet(anna, round));
        assertThat(sheet.checklist().id()).isEqualTo(copy.id());
        assertThat(sheet.checklist().items()).hasSize(15);
        assertThat(sheet.round().checklistVersionNo()).isEqualTo(1);
        // Editing an old version, or from a stale screen, is a conflict; a trainer-less school staff may not edit.
        assertThatThrownBy(() -> TenantContext.runAs(
                        f.region, () -> checklists.edit(admin, copy.id(), copy.version(), "X", items)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Analyst staff = f.person("Sietske", Role.SCHOOL_STAFF);
        assertThatThrownBy(() ->
                        TenantContext.runAs(f.region, () -> checklists.edit(staff, v2.id(), v2.version(), "X", items)))
                .hasMessageContaining("analysis.error.notOrganiser");
        assertThatThrownBy(() -> TenantContext.runAs(
                        f.region,
                        () -> checklists.edit(admin, v2.id(), v2.version(), "X", List.of(items.get(0), items.get(0)))))
                .hasMessageContaining("analysis.error.itemCode");
        // A new round cannot use an outdated version.
        assertThatThrownBy(() -> TenantContext.runAs(
                        f.region,
                        () -> rounds.start(
                                admin, "R2", copy.id(), List.of(opp), List.of(anna.accountId(), bram.accountId()), 2)))
                .hasMessageContaining("analysis.error.checklistOutdated");
    }
}
