package nl.uitzicht.ui.request;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.uitzicht.opp.RaterDossier;
import nl.uitzicht.request.Advice;
import nl.uitzicht.request.AttachmentInfo;
import nl.uitzicht.request.Decision;
import nl.uitzicht.request.Objection;
import nl.uitzicht.request.ParentsViewSource;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.analysis.OppReadOnly;
import nl.uitzicht.ui.kit.PageText;
import org.jspecify.annotations.Nullable;

/**
 * How every request page shows a request: the facts as one escaped block each (ADR 0090), the attachments and the
 * letter as downloads. Nothing of the request is kept in a field: the downloads ask the service again.
 */
final class RequestFacts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private RequestFacts() {}

    static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String label(Component owner, String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : owner.getTranslation(prefix + value.name());
    }

    /** The request's own facts: who, what, the OPP version, the question, basic support, the parents' view. */
    static Div request(Component owner, RequestDetail d) {
        RequestSummary s = d.summary();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"request.field.pupil", s.pupilName()});
        rows.add(new String[] {"request.field.school", s.schoolName()});
        rows.add(new String[] {"request.field.type", label(owner, "request.type.", s.type())});
        if (d.fundingCategory() != null) {
            rows.add(new String[] {"request.field.category", label(owner, "request.category.", d.fundingCategory())});
        }
        rows.add(new String[] {"request.field.status", label(owner, "request.status.", s.status())});
        rows.add(
                new String[] {"request.field.opp", owner.getTranslation("request.field.oppVersion", d.oppVersionNo())});
        rows.add(new String[] {"request.field.submittedOn", date(s.submittedOn())});
        rows.add(new String[] {"request.field.dueOn", date(s.dueOn()) + " " + label(owner, "request.due.", s.due())});
        rows.add(new String[] {"request.field.caseManager", s.caseManagerName() == null ? "" : s.caseManagerName()});
        rows.add(new String[] {"request.field.question", d.question()});
        rows.add(new String[] {"request.field.basicSupport", d.basicSupportDone()});
        rows.add(new String[] {"request.field.parentsView", d.parentsView() + parentsViewOrigin(owner, d)});
        return card(owner, "request.section.request", "request-facts", rows);
    }

    /** Where the parents' view came from, and for the portal when the parents wrote it: " (uit het ouderportaal, ...)". */
    private static String parentsViewOrigin(Component owner, RequestDetail d) {
        if (d.parentsViewSource() == null) {
            return "";
        }
        if (d.parentsViewSource() == ParentsViewSource.PORTAL && d.parentsViewGivenAt() != null) {
            return " (" + owner.getTranslation("request.source.portalOn", date(day(d.parentsViewGivenAt()))) + ")";
        }
        return " (" + label(owner, "request.source.", d.parentsViewSource()) + ")";
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ClockConfiguration.ZONE);
    }

    static Div decision(Component owner, Decision d) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"request.field.outcome", label(owner, "request.outcome.", d.outcome())});
        if (d.fundingCategory() != null) {
            rows.add(new String[] {"request.field.category", label(owner, "request.category.", d.fundingCategory())});
        }
        if (d.startsOn() != null) {
            rows.add(new String[] {"request.field.period", date(d.startsOn()) + " - " + date(d.endsOn())});
        }
        if (d.budgetAmount() != null) {
            rows.add(new String[] {"request.field.budget", "€ " + amount(d.budgetAmount())});
        }
        if (d.hours() != null) {
            rows.add(new String[] {"request.field.hours", amount(d.hours())});
        }
        rows.add(new String[] {"request.field.reasons", d.reasons()});
        rows.add(new String[] {"request.field.decidedOn", date(d.decidedOn()) + " (" + d.decidedBy() + ")"});
        rows.add(new String[] {"request.field.objectionDeadline", date(d.objectionDeadlineOn())});
        return card(owner, "request.section.decision", "request-decision", rows);
    }

    static Div advice(Component owner, List<Advice> advice) {
        List<String[]> rows = new ArrayList<>();
        for (Advice a : advice) {
            String discipline = label(owner, "request.discipline.", a.discipline())
                    + (a.disciplineOther().isEmpty() ? "" : " (" + a.disciplineOther() + ")");
            rows.add(new String[] {
                "request.field.adviceBy",
                a.expertName() + ", " + discipline + ", " + date(a.givenOn()) + ": "
                        + label(owner, "request.recommendation.", a.recommendation()) + ". " + a.advice()
            });
        }
        return card(owner, "request.section.advice", "request-advice", rows);
    }

    static Div objections(Component owner, List<Objection> objections) {
        List<String[]> rows = new ArrayList<>();
        for (Objection o : objections) {
            rows.add(new String[] {
                "request.field.objection",
                owner.getTranslation(
                        "request.objection.line",
                        date(o.receivedOn()),
                        o.lodgedBy(),
                        date(o.deadlineOn()),
                        o.outcome() == null
                                ? owner.getTranslation("request.objection.open")
                                : label(owner, "request.objection.", o.outcome()) + " (" + date(o.decidedOn()) + ")")
            });
        }
        return card(owner, "request.section.objections", "request-objections", rows);
    }

    /**
     * The OPP version the request rests on, read-only (ADR 0101): read and rendered only when the reader opens it
     * ({@code load} asks the service, with its own authorization and audit record), and not kept.
     */
    static Details plan(Component owner, int versionNo, Supplier<RaterDossier> load) {
        Details plan = new Details(owner.getTranslation("request.plan.open", versionNo));
        plan.setId("request-plan");
        plan.addClassName("card");
        plan.addOpenedChangeListener(e -> {
            if (e.isOpened() && plan.getContent().findAny().isEmpty()) {
                plan.add(OppReadOnly.forRequest(load.get()));
            }
        });
        return plan;
    }

    /** The attachments as download links; {@code content} reads one again (with its own authorization). */
    static Div attachments(Component owner, List<AttachmentInfo> attachments, Function<UUID, byte[]> content) {
        Div card = new Div(new H2(owner.getTranslation("request.section.attachments")));
        card.addClassName("card");
        card.setId("request-attachments");
        if (attachments.isEmpty()) {
            card.add(PageText.muted(owner.getTranslation("request.attachments.none")));
        }
        for (AttachmentInfo a : attachments) {
            UUID id = a.id();
            String name = a.fileName();
            Anchor link = download(() -> content.apply(id), name, name + " (" + (a.sizeBytes() / 1024 + 1) + " kB)");
            card.add(new Div(link));
        }
        return card;
    }

    static Anchor download(Supplier<byte[]> content, String fileName, String text) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
                }),
                text);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static Div card(Component owner, String titleKey, String id, List<String[]> rows) {
        Div card = new Div(new H2(owner.getTranslation(titleKey)));
        card.addClassName("card");
        card.setId(id);
        StringBuilder html = new StringBuilder("<dl class=\"request-facts\">");
        for (String[] row : rows) {
            html.append("<dt>")
                    .append(escape(owner.getTranslation(row[0])))
                    .append("</dt><dd>")
                    .append(escape(row[1]).replace("\n", "<br>"))
                    .append("</dd>");
        }
        html.append("</dl>");
        card.add(new com.vaadin.flow.component.Html(html.toString()));
        return card;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
