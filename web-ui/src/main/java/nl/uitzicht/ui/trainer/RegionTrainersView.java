package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.uitzicht.achterban.AchterbanOverview;
import nl.uitzicht.achterban.AchterbanProgress;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.buddy.BuddyRegionSummary;
import nl.uitzicht.identity.Role;
import nl.uitzicht.programme.MeetingSummary;
import nl.uitzicht.programme.Programme;
import nl.uitzicht.trainer.BuddyRules;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;

/**
 * For the region admin: the trainers' work as region-wide counts (never their notes), the buddy
 * rule, the editable programme calendar, and per meeting the questionnaire and the feedback loop
 * aggregated (answers without names).
 */
@Route(value = "trainers", layout = MainLayout.class)
@Menu(title = "trainer.nav.regionProgramme", order = 47, icon = "vaadin:calendar-user")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class RegionTrainersView extends FreshPage implements HasDynamicTitle {

    private final Programme programme;
    private Grid<MeetingSummary> calendar;
    private Div loop;

    private final AchterbanOverview overview;
    private final Buddies buddies;
    private final BuddyRules rules;

    RegionTrainersView(Programme programme, AchterbanOverview overview, Buddies buddies, BuddyRules rules) {
        this.programme = programme;
        this.overview = overview;
        this.buddies = buddies;
        this.rules = rules;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        calendar = new Grid<>();
        loop = new Div();
        addClassNames("page", "trainer-page");
        Paragraph intro = PageText.muted(getTranslation("programme.admin.intro"));
        add(
                new H1(getTranslation("programme.admin.title")),
                intro,
                totals(overview.regionTotals(), buddies.regionSummary(), rules));

        configureCalendar();
        Button add = new Button(
                getTranslation("programme.admin.add"),
                VaadinIcon.PLUS.create(),
                e -> new MeetingDialog(null, programme::addMeeting, this::refresh).open());
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("programme.admin.calendar")), add);
        head.addClassName("card-head");
        Div calendarCard = new Div(head, calendar);
        calendarCard.addClassName("card");
        loop.setId("feedback-loop");
        Div loopCard = new Div(new H2(getTranslation("programme.admin.loop")), loop);
        loopCard.addClassName("card");
        add(calendarCard, loopCard);
        refresh();
    }

    private Component totals(AchterbanProgress p, BuddyRegionSummary b, BuddyRules rules) {
        Div card = new Div(new H2(getTranslation("programme.admin.totals")));
        card.addClassName("card");
        card.setId("trainer-totals");
        Div counts = new Div();
        counts.addClassName("status-summary");
        counts.add(
                badge(getTranslation("programme.admin.trainers", p.trainers())),
                badge(getTranslation("buddy.progress.stakeholders", p.stakeholders())));
        for (StakeholderStatus status : StakeholderStatus.values()) {
            Span s = badge(getTranslation("achterban.status." + status.name()) + ": " + p.withStatus(status));
            s.addClassName("status-" + status.name().toLowerCase(Locale.ROOT));
            counts.add(s);
        }
        card.add(
                counts,
                new Paragraph(getTranslation(
                        "buddy.progress.more",
                        p.conversations(),
                        p.conversationsWithOpps(),
                        p.swotItems(),
                        p.actionsDone(),
                        p.actionsTotal())),
                new Paragraph(getTranslation(
                        "programme.admin.buddies",
                        b.activePairs(),
                        b.openRequests(),
                        b.feedbackGiven(),
                        p.questionsForNextMeeting())));
        IntegerField max = new IntegerField(getTranslation("programme.admin.maxBuddies"));
        max.setMin(1);
        max.setMax(5);
        max.setStepButtonsVisible(true);
        max.setValue(rules.maxActiveBuddies());
        max.setHelperText(getTranslation("programme.admin.maxBuddies.help"));
        Button save = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(
                    this,
                    Map.of("maxActiveBuddies", max),
                    () -> rules.allowActiveBuddies(max.getValue() == null ? 0 : max.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
            }
        });
        HorizontalLayout rule = new HorizontalLayout(max, save);
        rule.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(rule);
        return card;
    }

    private void configureCalendar() {
        NumberFormat one = NumberFormat.getNumberInstance(getLocale());
        one.setMaximumFractionDigits(1);
        calendar.addColumn(s -> s.meeting().schoolYear())
                .setHeader(getTranslation("programme.meeting.schoolYear"))
                .setAutoWidth(true);
        calendar.addColumn(s -> s.meeting().heldOn() != null
                        ? s.meeting().heldOn().toString()
                        : orEmpty(s.meeting().period()))
                .setHeader(getTranslation("programme.meeting.when"))
                .setAutoWidth(true);
        calendar.addColumn(s -> s.meeting().title())
                .setHeader(getTranslation("programme.meeting.title"))
                .setFlexGrow(3);
        calendar.addColumn(MeetingSummary::attended)
                .setHeader(getTranslation("programme.admin.attended"))
                .setAutoWidth(true);
        calendar.addColumn(MeetingSummary::responses)
                .setHeader(getTranslation("programme.admin.responses"))
                .setAutoWidth(true);
        calendar.addColumn(s -> s.responses() == 0 ? "–" : one.format(s.averageUsefulness()))
                .setHeader(getTranslation("programme.admin.average"))
                .setAutoWidth(true);
        calendar.addComponentColumn(s -> {
                    Button edit = new Button(
                            VaadinIcon.EDIT.create(),
                            e -> new MeetingDialog(
                                            s.meeting().toDraft(),
                                            draft -> programme.changeMeeting(
                                                    s.meeting().id(),
                                                    s.meeting().version(),
                                                    draft),
                                            this::refresh)
                                    .open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.getElement().setAttribute("title", getTranslation("programme.admin.edit"));
                    edit.getElement().setAttribute("aria-label", getTranslation("programme.admin.edit"));
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        calendar.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        calendar.setAllRowsVisible(true);
        calendar.setId("programme-calendar");
    }

    private void refresh() {
        programme.calendar();
        List<MeetingSummary> all = programme.regionOverview();
        calendar.setItems(all);
        loop.removeAll();
        for (MeetingSummary s : all) {
            if (s.forProjectGroup().isEmpty() && s.learned().isEmpty()) {
                continue;
            }
            loop.add(new H3(s.meeting().title()));
            if (!s.forProjectGroup().isEmpty()) {
                loop.add(new Paragraph(getTranslation("programme.forProjectGroup")), list(s.forProjectGroup()));
            }
            if (!s.learned().isEmpty()) {
                loop.add(new Paragraph(getTranslation("programme.learned")), list(s.learned()));
            }
        }
        if (loop.getChildren().findAny().isEmpty()) {
            loop.add(new Paragraph(getTranslation("programme.admin.loop.empty")));
        }
    }

    private static UnorderedList list(List<String> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(t -> list.add(new ListItem(t)));
        return list;
    }

    private static Span badge(String text) {
        Span span = new Span(text);
        span.addClassName("status-badge");
        return span;
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("programme.admin.title"));
    }
}
