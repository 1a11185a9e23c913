package nl.uitzicht.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.uitzicht.access.Callers;
import nl.uitzicht.access.PolicyOrRegionAdmin;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.audit.AuditLog;
import nl.uitzicht.dashboard.Dashboard;
import nl.uitzicht.dashboard.RegionDashboard;
import nl.uitzicht.dashboard.SchoolYear;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board report of the bound region (ADR 0099), for policy staff and region admins of that region only: the
 * region's course school year over school year, on screen and as a PDF for its board. Opening it and making the PDF
 * are audited (who, when, which school years); the figures are aggregates, suppressed as the dashboards are.
 *
 * <p>Figures are read in one transaction: the region's data version once, the board report's own counts (cached
 * under that version) and the whole region's dashboard of each school year (cached the same way). The PDF is
 * rendered outside any transaction (ADR 0070) and its audit record written in one of its own.
 */
@Service
@PolicyOrRegionAdmin
public class BoardReports {

    static final String AUDIT_SUBJECT = "board-report";

    /** At most this many school years: the current one and the four before it. */
    static final int MAX_YEARS = 5;

    private final RegionDashboard dashboards;
    private final BoardFigures figures;
    private final AuditLog audit;
    private final Callers callers;
    private final RegionDirectory regions;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    BoardReports(
            RegionDashboard dashboards,
            BoardFigures figures,
            AuditLog audit,
            Callers callers,
            RegionDirectory regions,
            PlatformTransactionManager transactionManager) {
        this.dashboards = dashboards;
        this.figures = figures;
        this.audit = audit;
        this.callers = callers;
        this.regions = regions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
    }

    /** The report for {@code today}, opened by {@code by} (the signed-in person): audited. */
    public BoardReport report(Actor by, LocalDate today) {
        callers.requireSelf(by.id());
        return transactions.execute(status -> {
            BoardReport report = build(today);
            audit.record(by, AuditAction.VIEW, AUDIT_SUBJECT, null, "school years " + span(report));
            return report;
        });
    }

    /** The report as an A4 PDF for the region's board, made by {@code by}: audited as an export. */
    public BoardDocument pdf(Actor by, LocalDate today) {
        callers.requireSelf(by.id());
        record Read(BoardReport report, Region region) {}
        Read read = reads.execute(status ->
                new Read(build(today), regions.find(TenantContext.require()).orElseThrow()));
        byte[] pdf = BoardPdf.render(
                read.report(), read.region().getName(), read.region().getCode());
        BoardDocument document = new BoardDocument(
                pdf, "bestuursrapportage-" + read.region().getCode() + "-" + today + ".pdf", Pdf.pages(pdf));
        transactions.executeWithoutResult(status -> audit.record(
                by,
                AuditAction.EXPORT,
                AUDIT_SUBJECT,
                null,
                "pdf, school years " + span(read.report()) + ", " + document.pages() + " pages"));
        return document;
    }

    /**
     * The checklist consensus per school year of the scoring rounds, oldest first, as the report shows it (the
     * members suppressed under 5, no mean then): for tests and checks that the consensus reached the board report.
     * Aggregates only; not audited (the report's opening is).
     */
    public List<YearScore> consensusByYear(LocalDate today) {
        YearFigures counted = reads.execute(status -> figures.load(dashboards.dataVersion()));
        return BoardSections.consensusScores(years(counted.firstYear(), today), counted);
    }

    private BoardReport build(LocalDate today) {
        long version = dashboards.dataVersion();
        YearFigures counted = figures.load(version);
        List<SchoolYear> years = years(counted.firstYear(), today);
        List<Dashboard> perYear = years.stream()
                .map(y -> dashboards.wholeRegion(y, today, version))
                .toList();
        return new BoardReport(years, BoardSections.of(years, perYear, counted), today);
    }

    /**
     * The school years shown, oldest first: from the first with data (at most {@link #MAX_YEARS} back) to the
     * current one, and always at least the year before, so there is a course to see.
     */
    static List<SchoolYear> years(@Nullable Integer firstYear, LocalDate today) {
        SchoolYear current = SchoolYear.of(today);
        int first = firstYear == null ? current.startYear() : firstYear;
        first = Math.max(first, current.startYear() - MAX_YEARS + 1);
        first = Math.min(first, current.startYear() - 1);
        List<SchoolYear> years = new ArrayList<>();
        for (int y = first; y <= current.startYear(); y++) {
            years.add(new SchoolYear(y));
        }
        return years;
    }

    private static String span(BoardReport report) {
        return report.years().getFirst().label() + " to "
                + report.years().getLast().label();
    }
}
