package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.uitzicht.audit.AuditQuery;
import nl.uitzicht.audit.AuditRecord;
import nl.uitzicht.audit.RegionAuditTrail;
import nl.uitzicht.identity.Role;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.DatePickers;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.PageText;
import org.jspecify.annotations.Nullable;

/**
 * The region's audit trail for its administrators: who read or changed which record, when; searchable
 * by period, kind of record and person. Records are named by kind and id, never by their content.
 */
@Route(value = "logboek", layout = MainLayout.class)
@Menu(title = "nav.admin.log", order = 17, icon = "vaadin:records")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class RegionLogView extends FreshPage implements HasDynamicTitle {

    private static final ZoneId AMSTERDAM = ClockConfiguration.ZONE;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(AMSTERDAM);
    /** The kinds of record the features write, in the order of the filter. */
    private static final List<String> SUBJECTS = List.of(
            "PUPIL",
            "OPP",
            "SCORING_ROUND",
            "CHECKLIST",
            "PERSON",
            "INVITATION",
            "IDENTITY_PROVIDER",
            "school-import",
            "region");

    private final RegionAuditTrail trail;
    private DatePicker from;
    private DatePicker to;
    private Select<String> subject;
    private TextField actor;
    private Grid<AuditRecord> grid;
    private Paragraph count;
    private final Clock clock;

    RegionLogView(RegionAuditTrail trail, Clock clock) {
        this.clock = clock;
        this.trail = trail;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        from = new DatePicker();
        to = new DatePicker();
        subject = new Select<>();
        actor = new TextField();
        grid = new Grid<>();
        count = new Paragraph();
        addClassName("page");
        Paragraph intro = PageText.muted(getTranslation("admin.log.intro"));
        count.setId("log-count");
        add(new H1(getTranslation("admin.log.title")), intro, filters(), count, grid());
        search();
    }

    private Div filters() {
        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("admin.log.from"));
        from.setValue(today.minusDays(30));
        from.setId("log-from");
        DatePickers.localize(this, from);
        DatePickers.localize(this, to);
        to.setLabel(getTranslation("admin.log.to"));
        to.setValue(today);
        to.setId("log-to");
        subject.setLabel(getTranslation("admin.log.subject"));
        subject.setItems(SUBJECTS);
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("admin.log.all"));
        subject.setItemLabelGenerator(this::subjectName);
        subject.setId("log-subject");
        actor.setLabel(getTranslation("admin.log.actor"));
        actor.setMaxLength(80);
        actor.setClearButtonVisible(true);
        actor.setId("log-actor");
        Button apply = new Button(getTranslation("admin.log.search"), e -> search());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("log-search");
        Div bar = new Div(from, to, subject, actor, apply);
        bar.addClassNames("card", "dashboard-filters");
        return bar;
    }

    private Grid<AuditRecord> grid() {
        grid.setId("log-grid");
        grid.setHeight("60vh");
        grid.addColumn(r -> WHEN.format(r.occurredAt()))
                .setHeader(getTranslation("admin.log.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName)
                .setHeader(getTranslation("admin.log.who"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("admin.log.action." + r.action()))
                .setHeader(getTranslation("admin.log.what"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::subjectCell)
                .setHeader(getTranslation("admin.log.subject"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail())
                .setHeader(getTranslation("admin.log.detail"))
                .setTooltipGenerator(r -> r.detail() == null ? "" : r.detail())
                .setFlexGrow(1);
        return grid;
    }

    /** The kind of record and a short id; an OPP links to its own trail. */
    private com.vaadin.flow.component.Component subjectCell(AuditRecord r) {
        String text = subjectName(r.subjectType())
                + (r.subjectId() == null ? "" : " " + r.subjectId().toString().substring(0, 8));
        if ("OPP".equals(r.subjectType()) && r.subjectId() != null) {
            return new Anchor("opp/audit/" + r.subjectId(), text);
        }
        return new com.vaadin.flow.component.html.Span(text);
    }

    private String subjectName(@Nullable String type) {
        if (type == null) {
            return getTranslation("admin.log.all");
        }
        return SUBJECTS.contains(type) ? getTranslation("admin.log.subject." + type) : type;
    }

    private void search() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("admin.log.error.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        AuditQuery query = new AuditQuery(
                from.getValue().atStartOfDay(AMSTERDAM).toInstant(),
                to.getValue().plusDays(1).atStartOfDay(AMSTERDAM).toInstant(),
                subject.getValue(),
                actor.getValue());
        long total = trail.count(query);
        count.setText(getTranslation("admin.log.count", total));
        grid.setItems(q -> trail.page(query, q.getPage(), q.getPageSize()).stream(), q ->
                (int) Math.min(total, Integer.MAX_VALUE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.log.title"));
    }
}
