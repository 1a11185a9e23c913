package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolSource;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final FileInfo SWV = new FileInfo("swv.csv", "UTF-8", ";", 10, true, null, null);
    private static final FileInfo TYPED = new FileInfo("po.csv", "UTF-8", ";", 10, false, "SOORT PO", null);
    private static final FileInfo UNTYPED = new FileInfo("so.csv", "UTF-8", ";", 10, false, null, null);

    private static ImportPlan.Closing closing(int openOpps) {
        return new ImportPlan.Closing(
                new SchoolSummary(
                        UUID.randomUUID(), "12AB", "00", "Oud", SchoolType.BAO, null, 100, null, 0, SchoolSource.DUO),
                20,
                openOpps);
    }

    private static ImportPlan plan(
            List<SchoolDetails> added,
            List<ImportPlan.Closing> closed,
            List<RowProblem> problems,
            List<FileInfo> files) {
        return new ImportPlan(added, List.of(), closed, List.of(), 3, problems, List.of(), files, "fp");
    }

    @Test
    void aPlanWithoutBadRowsAndWithKnownKindsApplies() {
        assertThat(plan(List.of(), List.of(), List.of(), List.of(SWV, TYPED)).applicable())
                .isTrue();
    }

    @Test
    void oneBadRowOrOneFileOfUnknownKindBlocksTheWholeImport() {
        assertThat(plan(
                                List.of(),
                                List.of(),
                                List.of(RowProblem.of("po.csv", 4, "BRIN NUMMER", "admin.duo.row.brin", "1X")),
                                List.of(SWV, TYPED))
                        .applicable())
                .isFalse();
        assertThat(plan(List.of(), List.of(), List.of(), List.of(SWV, UNTYPED)).applicable())
                .isFalse();
    }

    @Test
    void aLocationsFileNeedsItsKindUnlessItHasAColumnForIt() {
        assertThat(SWV.needsKind()).isFalse();
        assertThat(TYPED.needsKind()).isFalse();
        assertThat(UNTYPED.needsKind()).isTrue();
        assertThat(new FileInfo("so.csv", "UTF-8", ";", 1, false, null, LocationKind.SO_VSO).needsKind())
                .isFalse();
    }

    @Test
    void schoolsWithOpenOppsNeedSeparateConfirmation() {
        ImportPlan.Closing quiet = closing(0);
        ImportPlan.Closing busy = closing(2);
        ImportPlan p = plan(List.of(), List.of(quiet, busy), List.of(), List.of(SWV, TYPED));
        assertThat(p.closingWithOpenOpps()).containsExactly(busy);
        assertThat(p.changesNothing()).isFalse();
    }

    @Test
    void onlyUnchangedSchoolsChangeNothing() {
        assertThat(plan(List.of(), List.of(), List.of(), List.of(SWV)).changesNothing())
                .isTrue();
        assertThat(plan(
                                List.of(new SchoolDetails("12AB", "01", "Nieuw", SchoolType.BAO, null, 0)),
                                List.of(),
                                List.of(),
                                List.of(SWV))
                        .changesNothing())
                .isFalse();
    }

    @Test
    void aRejectionCarriesItsReasonsMessageKey() {
        ImportPlan p = plan(List.of(), List.of(), List.of(), List.of(SWV));
        ImportRejectedException e = new ImportRejectedException(ImportRejectedException.Reason.STALE, p);
        assertThat(e.reason().messageKey()).isEqualTo("admin.duo.refused.stale");
        assertThat(e.plan()).isSameAs(p);
        assertThat(ImportRejectedException.Reason.CONFIRM_OPEN_OPPS.messageKey())
                .isEqualTo("admin.duo.refused.confirm");
    }
}
