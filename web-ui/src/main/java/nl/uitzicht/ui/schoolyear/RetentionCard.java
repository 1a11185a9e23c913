package nl.uitzicht.ui.schoolyear;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.retention.ExpiredFile;
import nl.uitzicht.retention.RetentionJob;
import nl.uitzicht.retention.RetentionReport;
import nl.uitzicht.ui.kit.Confirm;
import nl.uitzicht.ui.kit.Notices;
import org.jspecify.annotations.Nullable;

/**
 * The retention job: what it would delete today per school (counts), a school's files on selection, and a run
 * by hand after a confirmation (it also runs every night).
 */
class RetentionCard extends VerticalLayout {

    private static final List<String> KINDS = List.of("OPP", "PUPIL");

    private final RetentionJob retention;
    private final Actor actor;
    private final Paragraph status = new Paragraph();
    private final Grid<SchoolCount> schools = new Grid<>();
    private final H3 schoolTitle = new H3();
    private final Grid<ExpiredFile> files = new Grid<>();
    private final Button run = new Button();

    RetentionCard(RetentionJob retention, Actor actor) {
        this.retention = retention;
        this.actor = actor;
        addClassNames("card", "admin-card");
        setId("retention");
        status.setId("retention-status");
        Button preview =
                new Button(getTranslation("schoolyear.retention.preview"), e -> show(retention.preview(actor), false));
        preview.setId("retention-preview");
        run.setText(getTranslation("schoolyear.retention.run"));
        run.setId("retention-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        run.setVisible(false);
        run.addClickListener(e -> Confirm.destructive(
                getTranslation("schoolyear.retention.confirm.title"),
                getTranslation("schoolyear.retention.confirm.text"),
                getTranslation("schoolyear.retention.run"),
                getTranslation("schoolyear.cancel"),
                this::run));
        schools.setId("retention-schools");
        schools.addColumn(SchoolCount::schoolName)
                .setHeader(getTranslation("schoolyear.school"))
                .setFlexGrow(3);
        for (String kind : KINDS) {
            schools.addColumn(c -> c.count(kind))
                    .setHeader(getTranslation("schoolyear.retention.kind." + kind))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        schools.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        schools.setAllRowsVisible(true);
        schools.setVisible(false);
        files.setId("retention-files");
        files.addColumn(ExpiredFile::pupilName).setHeader(getTranslation("schoolyear.pupil"));
        files.addColumn(f -> getTranslation("schoolyear.retention.kind." + kind(f)))
                .setHeader(getTranslation("schoolyear.retention.what"));
        files.addColumn(f -> f.endedOn().toString()).setHeader(getTranslation("schoolyear.retention.ended"));
        files.addColumn(f -> f.deleteFrom().toString()).setHeader(getTranslation("schoolyear.retention.from"));
        files.addColumn(f -> f.referral() ? getTranslation("schoolyear.retention.referral") : "")
                .setHeader(getTranslation("schoolyear.retention.note"));
        files.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        files.setAllRowsVisible(true);
        files.setVisible(false);
        schoolTitle.setVisible(false);
        add(
                new H2(getTranslation("schoolyear.retention.title")),
                new Paragraph(getTranslation("schoolyear.retention.intro")),
                new HorizontalLayout(preview, run),
                status,
                schools,
                schoolTitle,
                files);
    }

    private static String kind(ExpiredFile file) {
        return file.isOpp() ? "OPP" : "PUPIL";
    }

    private void run() {
        RetentionReport done = retention.run(actor);
        show(done, true);
        Notices.success(getTranslation("schoolyear.retention.ran", done.opps(), done.pupils()));
    }

    private void show(RetentionReport report, boolean justRan) {
        String last = report.lastRunAt() == null
                ? getTranslation("schoolyear.retention.never")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .withZone(ZoneId.of("Europe/Amsterdam"))
                        .format(report.lastRunAt());
        status.setText(getTranslation(
                        justRan ? "schoolyear.retention.deleted" : "schoolyear.retention.would",
                        report.opps(),
                        report.pupils(),
                        report.term().years(),
                        last)
                + (report.uploads().isEmpty()
                        ? ""
                        : " "
                                + getTranslation(
                                        "schoolyear.retention.uploads",
                                        report.uploads().size())));
        List<SchoolCount> counts =
                SchoolCount.of(report.files(), ExpiredFile::schoolId, ExpiredFile::schoolName, RetentionCard::kind);
        schools.setItems(counts);
        schools.setVisible(!counts.isEmpty());
        run.setVisible(
                !justRan && !(report.files().isEmpty() && report.uploads().isEmpty()));
        schools.setSelectionMode(justRan ? Grid.SelectionMode.NONE : Grid.SelectionMode.SINGLE);
        if (!justRan) {
            schools.asSingleSelect().addValueChangeListener(e -> showSchool(e.getValue()));
        }
        showSchool(null);
    }

    private void showSchool(@Nullable SchoolCount school) {
        if (school == null) {
            files.setItems(List.of());
            files.setVisible(false);
            schoolTitle.setVisible(false);
            return;
        }
        UUID id = school.schoolId();
        files.setItems(retention.preview(actor).files().stream()
                .filter(f -> f.schoolId().equals(id))
                .toList());
        files.setVisible(true);
        schoolTitle.setText(school.schoolName());
        schoolTitle.setVisible(true);
    }
}
