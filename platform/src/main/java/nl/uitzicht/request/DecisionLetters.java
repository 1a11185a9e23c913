package nl.uitzicht.request;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.audit.AuditAction;
import nl.uitzicht.document.Pdf;
import nl.uitzicht.pupil.OutOfScopeException;
import nl.uitzicht.school.SchoolDirectory;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.tenancy.Region;
import nl.uitzicht.tenancy.RegionDirectory;
import nl.uitzicht.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision letter (beschikking) of a decided request as a PDF: the outcome, what was granted, the reasons, and the
 * objection route and term (6 weeks under the Awb, art. 6:7). Read in one short read-only transaction, rendered
 * outside any transaction (ADR 0070), the download audited as an export in a transaction of its own. The letter is
 * a Dutch legal document, so its text is Dutch whatever the reader's language.
 */
@Component
class DecisionLetters {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final RequestAccess access;
    private final SchoolDirectory schools;
    private final RegionDirectory regions;
    private final TransactionTemplate reads;
    private final TransactionTemplate writes;

    DecisionLetters(
            RequestAccess access,
            SchoolDirectory schools,
            RegionDirectory regions,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.schools = schools;
        this.regions = regions;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
    }

    /**
     * The letter of the request {@code load} finds for this reader (who may read it is {@code load}'s check). A parent
     * is no region member and reads no school directory: their letter names the pupil, not the school.
     */
    byte[] letter(Supplier<SupportRequest> load, Actor reader, boolean withSchool) {
        Letter letter = reads.execute(status -> {
            SupportRequest request = load.get();
            Decision decision = access.decisions()
                    .findByRequestId(request.getId())
                    .map(DecisionRecord::view)
                    .orElseThrow(OutOfScopeException::new);
            String school = withSchool
                    ? schools.find(request.getSchoolId())
                            .map(SchoolSummary::name)
                            .orElse("")
                    : "";
            String region =
                    regions.find(TenantContext.require()).map(Region::getName).orElse("");
            return new Letter(request.getId(), region, school, request.getPupilName(), request.getType(), decision);
        });
        if (letter == null) {
            throw new OutOfScopeException();
        }
        byte[] pdf = Pdf.fromXhtml(xhtml(letter));
        writes.executeWithoutResult(status -> {
            load.get();
            access.audit(reader, AuditAction.EXPORT, letter.requestId(), "decision letter");
        });
        return pdf;
    }

    private record Letter(
            java.util.UUID requestId,
            String region,
            String school,
            String pupil,
            RequestType type,
            Decision decision) {}

    static String typeText(RequestType type) {
        return switch (type) {
            case INDIVIDUAL_ARRANGEMENT -> "een individueel arrangement";
            case GROUP_ARRANGEMENT -> "een groepsarrangement";
            case TLV_SBO -> "een toelaatbaarheidsverklaring voor het speciaal basisonderwijs";
            case TLV_SO_VSO -> "een toelaatbaarheidsverklaring voor het (voortgezet) speciaal onderwijs";
            case TLV_EXTENSION -> "verlenging van een toelaatbaarheidsverklaring";
        };
    }

    static String outcomeText(Outcome outcome) {
        return switch (outcome) {
            case GRANTED -> "toegekend";
            case PARTLY -> "gedeeltelijk toegekend";
            case REFUSED -> "afgewezen";
        };
    }

    static String categoryText(FundingCategory category) {
        return switch (category) {
            case LOW -> "categorie laag";
            case MEDIUM -> "categorie midden";
            case HIGH -> "categorie hoog";
        };
    }

    private static String xhtml(Letter l) {
        Decision d = l.decision();
        StringBuilder granted = new StringBuilder();
        if (d.outcome() != Outcome.REFUSED) {
            if (d.fundingCategory() != null) {
                granted.append(row("Bekostigingscategorie", categoryText(d.fundingCategory())));
            }
            if (d.startsOn() != null) {
                granted.append(row("Ingangsdatum", DATE.format(d.startsOn())));
            }
            if (d.endsOn() != null) {
                granted.append(row("Einddatum", DATE.format(d.endsOn())));
            }
            if (d.budgetAmount() != null) {
                granted.append(row("Budget", "€ " + amount(d.budgetAmount())));
            }
            if (d.hours() != null) {
                granted.append(row("Uren", amount(d.hours())));
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><head><title>Besluit</title><style>
                @page { size: A4; margin: 2.2cm; }
                body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; }
                h1 { font-size: 15pt; } table { border-collapse: collapse; } td { padding: 2pt 10pt 2pt 0; vertical-align: top; }
                .route { border: 1pt solid #555; padding: 8pt; margin-top: 14pt; }
                </style></head><body>
                <p>%s</p>
                <h1>Besluit op de aanvraag voor %s</h1>
                <table>%s%s%s%s</table>
                <p>Het samenwerkingsverband heeft de aanvraag van %s voor %s: %s.</p>
                <table>%s</table>
                <h2>Motivering</h2>
                <p>%s</p>
                <div class="route">
                <h2>Bezwaar</h2>
                <p>Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit besluit is
                bekendgemaakt bezwaar maken bij het samenwerkingsverband (artikel 6:7 Algemene wet bestuursrecht).
                De laatste dag om bezwaar te maken is %s. Stuur een ondertekend bezwaarschrift met
                uw naam en adres, de datum, een omschrijving van dit besluit en de reden waarom u het er niet mee
                eens bent. Het samenwerkingsverband legt uw bezwaar voor advies voor aan de Adviescommissie
                bezwaren toelaatbaarheidsverklaringen waar het wettelijk vereist is. Het maken van bezwaar schorst
                de werking van dit besluit niet.</p>
                </div>
                <p>Met vriendelijke groet,<br/>%s<br/>namens %s</p>
                </body></html>
                """.formatted(
                        Pdf.escape(l.region()),
                        Pdf.escape(l.pupil()),
                        row("Leerling", l.pupil()),
                        l.school().isEmpty() ? "" : row("School", l.school()),
                        row("Soort aanvraag", typeText(l.type())),
                        row("Datum besluit", DATE.format(d.decidedOn())),
                        l.school().isEmpty() ? "de school" : Pdf.escape(l.school()),
                        Pdf.escape(typeText(l.type())),
                        outcomeText(d.outcome()),
                        granted,
                        Pdf.escape(d.reasons()).replace("\n", "<br/>"),
                        DATE.format(d.objectionDeadlineOn()),
                        Pdf.escape(d.decidedBy()),
                        Pdf.escape(l.region().isEmpty() ? "het samenwerkingsverband" : l.region()));
    }

    private static String row(String label, String value) {
        return "<tr><td>" + Pdf.escape(label) + "</td><td>" + Pdf.escape(value) + "</td></tr>";
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
