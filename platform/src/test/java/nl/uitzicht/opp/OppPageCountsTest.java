package nl.uitzicht.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import nl.uitzicht.PlatformTest;
import nl.uitzicht.pupil.PupilRegister;
import nl.uitzicht.pupil.PupilSummary;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import nl.uitzicht.testing.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page count of the parents' PDF is rendered once per saved version of a plan (not on every render
 * of the editor), equals the pages of the exported PDF, and the analysis reads the same count.
 */
@PlatformTest
@WithRole(system = true)
class OppPageCountsTest {

    @Autowired
    RegionDirectory regions;

    @Autowired
    SchoolDirectory schools;

    @Autowired
    SupportCategories categories;

    @Autowired
    PupilRegister pupils;

    @Autowired
    OppPlans plans;

    @Autowired
    OppEditor editor;

    @Autowired
    OppDocuments documents;

    @Autowired
    OppReviewCopies reviewCopies;

    @Autowired
    OppPageCounts pageCounts;

    OppFixture f;

    @BeforeEach
    void region() {
        f = new OppFixture(regions, schools, categories);
    }

    private <T> T as(java.util.function.Supplier<T> body) {
        return TenantContext.callAs(f.region, body);
    }

    @Test
    void aSavedVersionIsRenderedOnceAndCountsAsItsExport() {
        LocalDate start = LocalDate.now().minusWeeks(2);
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Noor", start);
        OppPlan plan = f.completeDraft(plans, editor, pupil.id(), start);

        long before = pageCounts.renders();
        int pages = as(() -> documents.pageCount(f.staffA, plan.id()));
        assertThat(pageCounts.renders()).isEqualTo(before + 1);
        assertThat(pages)
                .isPositive()
                .isEqualTo(as(() -> documents.export(f.staffA, plan.id())).pages());

        for (int render = 0; render < 3; render++) {
            assertThat(as(() -> documents.pageCount(f.staffA, plan.id()))).isEqualTo(pages);
        }
        assertThat(as(() -> reviewCopies.pageCount(plan.id()))).isEqualTo(pages);
        assertThat(pageCounts.renders()).as("no render for the same version").isEqualTo(before + 1);

        OppPlan longer = plan;
        for (int i = 0; i < 60; i++) {
            OppPlan current = longer;
            longer = as(() -> editor.addFactor(
                    f.staffA,
                    current.id(),
                    current.version(),
                    FactorKind.HINDERING,
                    FactorDomain.LEARNING,
                    "Een lange beschrijving van de situatie van de leerling, over vele regels. ".repeat(5)));
        }
        int longerPages = as(() -> documents.pageCount(f.staffA, plan.id()));
        assertThat(pageCounts.renders()).as("a new saved version is rendered").isEqualTo(before + 2);
        assertThat(longerPages)
                .isGreaterThan(pages)
                .isEqualTo(as(() -> documents.export(f.staffA, plan.id())).pages());
    }

    @Test
    void theEditorsCountIsRenderedOffTheCallersThreadAndThenKnownAtOnce() {
        LocalDate start = LocalDate.now().minusWeeks(2);
        PupilSummary pupil = f.pupil(pupils, f.staffA, f.schoolA, "Sem", start);
        OppPlan plan = f.completeDraft(plans, editor, pupil.id(), start);

        long before = pageCounts.renders();
        CompletableFuture<Integer> later = as(() -> documents.pageCountLater(f.staffA, plan.id()));
        int pages = later.join();
        assertThat(pageCounts.renders()).isEqualTo(before + 1);
        assertThat(pageCounts.lastRenderThread())
                .as("rendered on the task executor, not in the request")
                .isNotEqualTo(Thread.currentThread().getName());
        assertThat(pages)
                .isPositive()
                .isEqualTo(as(() -> documents.export(f.staffA, plan.id())).pages());

        assertThat(as(() -> documents.pageCountLater(f.staffA, plan.id())))
                .as("a counted version is answered at once")
                .isCompletedWithValue(pages);
        assertThat(as(() -> documents.pageCount(f.staffA, plan.id()))).isEqualTo(pages);
        assertThat(pageCounts.renders()).as("no second render").isEqualTo(before + 1);
    }
}
