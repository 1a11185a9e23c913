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
import nl.uitzicht.opp.NotEditableException;
import nl.uitzicht.opp.OppConflictException;
import nl.uitzicht.schoolyear.RolloverChange;
import nl.uitzicht.schoolyear.RolloverReport;
import nl.uitzicht.schoolyear.RolloverRow;
import nl.uitzicht.schoolyear.SchoolYearRollover;
import nl.uitzicht.ui.kit.Confirm;
import nl.uitzicht.ui.kit.Notices;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The rollover: the dry run per school (counts), a school's rows on selection, and the run after a
 * confirmation. Only the counts and one school's rows are kept on the screen.
 */
class RolloverCard extends VerticalLayout {

    private static final List<RolloverChange> KINDS = List.of(RolloverChange.values());

    private final SchoolYearRollover rollover;
    private final Actor actor;
    private final Paragraph status = new Paragraph();
    private final Grid<SchoolCount> schools = new Grid<>();
    private final H3 schoolTitle = new H3();
    private final Grid<RolloverRow> rows = new Grid<>();
    private final Button run = new Button();

    RolloverCard(SchoolYearRollover rollover, Actor actor) {
        this.rollover = rollover;
        this.actor = actor;
        addClassNames("card", "admin-card");
        setId("rollover");
        status.setId("rollover-status");
        Button preview = new Button(getTranslation("schoolyear.rollover.preview"), e -> preview());
        preview.setId("rollover-preview");
        run.setText(getTranslation("schoolyear.rollover.run"));
        run.setId("rollover-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        run.setVisible(false);
        run.addClickListener(e -> Confirm.destructive(
                getTranslation("schoolyear.rollover.confirm.title"),
                getTranslation("schoolyear.rollover.confirm.text"),
                getTranslation("schoolyear.rollover.run"),
                getTranslation("schoolyear.cancel"),
                this::run));
        schools.setId("rollover-schools");
        schools.addColumn(SchoolCount::schoolName)
                .setHeader(getTranslation("schoolyear.school"))
                .setFlexGrow(3);
        for (RolloverChange kind : KINDS) {
            schools.addColumn(c -> c.count(kind.name()))
                    .setHeader(getTranslation("schoolyear.rollover.change." + kind.name()))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        schools.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        schools.setAllRowsVisible(true);
        schools.setVisible(false);
        rows.setId("rollover-rows");
        rows.addColumn(RolloverRow::pupilName).setHeader(getTranslation("schoolyear.pupil"));
        rows.addColumn(r -> getTranslation(
                        "schoolyear.rollover.change." + r.change().name()))
                .setHeader(getTranslation("schoolyear.rollover.what"));
        rows.addColumn(RolloverRow::before).setHeader(getTranslation("schoolyear.rollover.before"));
        rows.addColumn(RolloverRow::after).setHeader(getTranslation("schoolyear.rollover.after"));
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rows.setAllRowsVisible(true);
        rows.setVisible(false);
        schoolTitle.setVisible(false);
        add(
                new H2(getTranslation("schoolyear.rollover.title")),
                new Paragraph(getTranslation("schoolyear.rollover.intro")),
                new HorizontalLayout(preview, run),
                status,
                schools,
                schoolTitle,
                rows);
    }

    private void preview() {
        show(rollover.preview(actor), false);
    }

    private void run() {
        RolloverReport done;
        try {
            done = rollover.run(actor);
        } catch (OptimisticLockingFailureException | OppConflictException | NotEditableException e) {
            // One transaction: nothing of the rollover was saved.
            Notices.error(getTranslation("schoolyear.rollover.failed"));
            preview();
            return;
        }
        show(done, true);
        Notices.success(getTranslation(
                "schoolyear.rollover.ran",
                done.count(RolloverChange.MOVE_UP),
                done.count(RolloverChange.LEAVE),
                done.count(RolloverChange.CLOSE_OPP)));
    }

    private void show(RolloverReport report, boolean justRan) {
        String first = report.rolloverOn()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
        String year = report.schoolYear() + "-" + (report.schoolYear() + 1);
        if (report.done() && !justRan) {
            status.setText(getTranslation(
                    "schoolyear.rollover.done",
                    year,
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(getLocale())
                            .withZone(ZoneId.of("Europe/Amsterdam"))
                            .format(report.doneAt()),
                    report.doneBy()));
        } else if (justRan) {
            status.setText(getTranslation("schoolyear.rollover.justRan", year));
        } else if (report.rows().isEmpty()) {
            status.setText(getTranslation("schoolyear.rollover.nothing", year, first));
        } else {
            status.setText(getTranslation(
                    "schoolyear.rollover.would", year, first, report.rows().size()));
        }
        List<SchoolCount> counts = SchoolCount.of(
                report.rows(),
                RolloverRow::schoolId,
                RolloverRow::schoolName,
                r -> r.change().name());
        schools.setItems(counts);
        schools.setVisible(!counts.isEmpty());
        run.setVisible(!report.done() && !justRan && !report.rows().isEmpty());
        // After the run the dry run is empty: a school's rows are shown before the run only.
        schools.setSelectionMode(justRan ? Grid.SelectionMode.NONE : Grid.SelectionMode.SINGLE);
        if (!justRan) {
            schools.asSingleSelect().addValueChangeListener(e -> showSchool(e.getValue()));
        }
        showSchool(null);
    }

    private void showSchool(@Nullable SchoolCount school) {
        if (school == null) {
            rows.setItems(List.of());
            rows.setVisible(false);
            schoolTitle.setVisible(false);
            return;
        }
        UUID id = school.schoolId();
        RolloverReport report = rollover.preview(actor);
        rows.setItems(
                report.rows().stream().filter(r -> r.schoolId().equals(id)).toList());
        rows.setVisible(true);
        schoolTitle.setText(school.schoolName());
        schoolTitle.setVisible(true);
    }
}
