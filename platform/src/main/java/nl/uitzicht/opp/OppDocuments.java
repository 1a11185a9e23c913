package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.uitzicht.access.StaffOnly;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.pupil.StaffScope;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.support.SupportCategories;
import nl.uitzicht.support.SupportCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OPP as an A4 PDF for parents, rendered on the server; exporting it is audited. The rule is on
 * the public methods, not the class, so the review copies can count the pages of a plan they may
 * read through {@link #pages}.
 *
 * <p>No transaction (and so no pooled connection) is held while a PDF renders: the data is read in
 * one short read-only transaction, rendered afterwards, and an export's audit record is written in a
 * transaction of its own. Page counts are rendered once per saved version ({@link OppPageCounts}).
 */
@Service
public class OppDocuments {

    private final OppAccess access;
    private final SchoolDirectory schools;
    private final SupportCategories categories;
    private final OppPageCounts pageCounts;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;
    private final Clock clock;

    OppDocuments(
            OppAccess access,
            SchoolDirectory schools,
            SupportCategories categories,
            OppPageCounts pageCounts,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clock = clock;
        this.access = access;
        this.schools = schools;
        this.categories = categories;
        this.pageCounts = pageCounts;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
    }

    /** The PDF to download or print: audited as an export. */
    @StaffOnly
    public OppDocument export(StaffScope scope, UUID oppId) {
        Printable printable = read(() -> printable(access.plan(scope, access.load(scope, oppId))));
        OppDocument document = printable.render(LocalDate.now(clock));
        writes.executeWithoutResult(status -> access.audit(
                scope, access.load(scope, oppId), AuditAction.EXPORT, "pdf, " + document.pages() + " pages"));
        return document;
    }

    /** How many A4 pages the plan would print on (for the editor's length warning); not an export. */
    @StaffOnly
    public int pageCount(StaffScope scope, UUID oppId) {
        return pages(() -> access.plan(scope, access.load(scope, oppId)));
    }

    /**
     * The page count for the editor, without rendering in the caller's thread: done at once when this version
     * was counted before, else the PDF is rendered on the application's task executor after this call returns
     * (the plan and what it prints are read here, in a short transaction, so the render needs no connection
     * and no signed-in user). The editor shows the count when the future completes.
     */
    @StaffOnly
    public CompletableFuture<Integer> pageCountLater(StaffScope scope, UUID oppId) {
        OppPlan plan = read(() -> access.plan(scope, access.load(scope, oppId)));
        OptionalInt known = pageCounts.known(plan);
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(known.getAsInt());
        }
        Printable printable = read(() -> printable(plan));
        LocalDate today = LocalDate.now(clock);
        return pageCounts.later(plan, () -> printable.render(today).pages());
    }

    /**
     * The page count of a plan the caller already may read (the review copies of the analysis feature):
     * {@code plan} is read in a short read-only transaction (or the caller's), the PDF rendered after it.
     */
    int pages(Supplier<OppPlan> plan) {
        OppPlan read = read(plan);
        return pageCounts.of(
                read,
                () -> read(() -> printable(read)).render(LocalDate.now(clock)).pages());
    }

    private <T> T read(Supplier<T> work) {
        return Objects.requireNonNull(reads.execute(status -> work.get()));
    }

    private Printable printable(OppPlan plan) {
        String school = schools.byIds(List.of(plan.schoolId())).stream()
                .findFirst()
                .map(SchoolSummary::name)
                .orElse("");
        Map<UUID, String> names =
                categories.all().stream().collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        return new Printable(plan, school, names);
    }

    /** What the PDF shows, read from the database: rendering it needs no connection. */
    private record Printable(OppPlan plan, String school, Map<UUID, String> categoryNames) {

        OppDocument render(LocalDate today) {
            String html = new OppDocumentTemplate().render(plan, school, categoryNames, today);
            byte[] pdf = Pdf.fromXhtml(html);
            String fileName =
                    "OPP-" + plan.pupil().name().replaceAll("[^A-Za-z0-9]+", "-") + "-v" + plan.versionNo() + ".pdf";
            return new OppDocument(pdf, Pdf.pages(pdf), fileName);
        }
    }
}
