package nl.uitzicht.opp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPP as an A4 PDF for parents, rendered on the server; exporting it is audited. The rule is on
 * the public methods, not the class, so the review copies can count the pages of a plan they may
 * read through {@link #pages}.
 */
@Service
@Transactional
public class OppDocuments {

    private final OppAccess access;
    private final SchoolDirectory schools;
    private final SupportCategories categories;
    private final Clock clock;

    OppDocuments(OppAccess access, SchoolDirectory schools, SupportCategories categories, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.schools = schools;
        this.categories = categories;
    }

    /** The PDF to download or print: audited as an export. */
    @StaffOnly
    public OppDocument export(StaffScope scope, UUID oppId) {
        Opp opp = access.load(scope, oppId);
        OppDocument document = render(access.plan(scope, opp));
        access.audit(scope, opp, AuditAction.EXPORT, "pdf, " + document.pages() + " pages");
        return document;
    }

    /** How many A4 pages the plan would print on (for the editor's length warning); not an export. */
    @StaffOnly
    public int pageCount(StaffScope scope, UUID oppId) {
        return render(access.plan(scope, access.load(scope, oppId))).pages();
    }

    /** The page count of a plan the caller already may read (the review copies of the analysis feature). */
    int pages(OppPlan plan) {
        return render(plan).pages();
    }

    private OppDocument render(OppPlan plan) {
        String school = schools.byIds(java.util.List.of(plan.schoolId())).stream()
                .findFirst()
                .map(SchoolSummary::name)
                .orElse("");
        Map<UUID, String> names =
                categories.all().stream().collect(Collectors.toMap(SupportCategory::id, SupportCategory::name));
        String html = new OppDocumentTemplate().render(plan, school, names, LocalDate.now(clock));
        byte[] pdf = Pdf.fromXhtml(html);
        String fileName =
                "OPP-" + plan.pupil().name().replaceAll("[^A-Za-z0-9]+", "-") + "-v" + plan.versionNo() + ".pdf";
        return new OppDocument(pdf, Pdf.pages(pdf), fileName);
    }
}
