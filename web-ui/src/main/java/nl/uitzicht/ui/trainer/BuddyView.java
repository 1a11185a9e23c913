package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.achterban.AchterbanProgress;
import nl.uitzicht.achterban.SharedStakeholder;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.buddy.BuddyInsight;
import nl.uitzicht.buddy.BuddyPairView;
import nl.uitzicht.buddy.BuddyStatus;
import nl.uitzicht.buddy.BuddySuggestion;
import nl.uitzicht.buddy.BuddySuggestions;
import nl.uitzicht.buddy.FeedbackView;
import nl.uitzicht.buddy.SuggestionReason;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.trainer.TrainerProfileView;
import nl.uitzicht.trainer.TrainerProfiles;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import org.jspecify.annotations.Nullable;

/**
 * Working with a buddy: requests to answer, the active pairing with its shared mission and
 * approach, the buddy's progress (counts and status, never notes), feedback both ways (new feedback
 * appears at once), my two-year hope, and suggested buddies with the reasons for their score.
 */
@Route(value = "buddy", layout = MainLayout.class)
@Menu(title = "trainer.nav.buddy", order = 44, icon = "vaadin:handshake")
@RolesAllowed(Role.TRAINER_NAME)
class BuddyView extends VerticalLayout implements HasDynamicTitle {

    private final Buddies buddies;
    private final BuddySuggestions suggestions;
    private final TrainerProfiles profiles;
    private final UUID trainerId;
    private final Div content = new Div();
    private @Nullable Registration noticeRegistration;

    BuddyView(Buddies buddies, BuddySuggestions suggestions, TrainerProfiles profiles, CurrentUser currentUser) {
        this.buddies = buddies;
        this.suggestions = suggestions;
        this.profiles = profiles;
        this.trainerId = Trainer.id(currentUser);
        addClassNames("page", "trainer-page");
        content.setWidthFull();
        add(new WorkspaceTabs(BuddyView.class), new H1(getTranslation("buddy.title")), whyABuddy(), content);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        noticeRegistration = ComponentUtil.addListener(event.getUI(), NoticeArrived.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (noticeRegistration != null) {
            noticeRegistration.remove();
        }
    }

    private Component whyABuddy() {
        UnorderedList reasons = new UnorderedList();
        for (int i = 1; i <= 8; i++) {
            reasons.add(new ListItem(getTranslation("buddy.why." + i)));
        }
        reasons.addClassName("buddy-why");
        Paragraph intro = PageText.muted(getTranslation("buddy.why"));
        Div why = new Div(intro, reasons);
        why.addClassName("muted");
        return why;
    }

    private void refresh() {
        content.removeAll();
        List<BuddyPairView> pairs = buddies.pairsOf(trainerId);
        List<BuddyPairView> incoming = pairs.stream()
                .filter(p -> p.status() == BuddyStatus.REQUESTED && !p.askedByMe())
                .toList();
        if (!incoming.isEmpty()) {
            content.add(incomingCard(incoming));
        }
        pairs.stream().filter(p -> p.status() == BuddyStatus.ACTIVE).forEach(p -> content.add(activeCard(p)));
        List<BuddyPairView> outgoing = pairs.stream()
                .filter(p -> p.status() == BuddyStatus.REQUESTED && p.askedByMe())
                .toList();
        if (!outgoing.isEmpty()) {
            content.add(outgoingCard(outgoing));
        }
        content.add(profileCard(), suggestionsCard());
    }

    private Component incomingCard(List<BuddyPairView> incoming) {
        Div card = card("buddy-requests", getTranslation("buddy.requests.title"));
        for (BuddyPairView p : incoming) {
            Span who = new Span(getTranslation("buddy.requests.from", p.buddyName()));
            who.addClassName("buddy-name");
            Button accept = new Button(
                    getTranslation("buddy.accept"),
                    VaadinIcon.CHECK.create(),
                    e -> act(() -> buddies.accept(trainerId, p.id())));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.addClassName("buddy-accept");
            Button decline =
                    new Button(getTranslation("buddy.decline"), e -> act(() -> buddies.decline(trainerId, p.id())));
            decline.addClassName("buddy-decline");
            VerticalLayout row = new VerticalLayout(who);
            row.setPadding(false);
            if (p.message() != null) {
                Paragraph message = new Paragraph("“" + p.message() + "”");
                message.addClassName("thought-text");
                row.add(message);
            }
            row.add(new HorizontalLayout(accept, decline));
            card.add(row);
        }
        return card;
    }

    private Component outgoingCard(List<BuddyPairView> outgoing) {
        Div card = card("buddy-outgoing", getTranslation("buddy.outgoing.title"));
        for (BuddyPairView p : outgoing) {
            Span who = new Span(getTranslation("buddy.outgoing.waiting", p.buddyName()));
            Button withdraw =
                    new Button(getTranslation("buddy.withdraw"), e -> act(() -> buddies.end(trainerId, p.id())));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(who, withdraw);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            card.add(row);
        }
        return card;
    }

    private Component activeCard(BuddyPairView pair) {
        Div card = card("buddy-active", getTranslation("buddy.active.title", pair.buddyName()));
        card.addClassName("buddy-active");
        Button end = new Button(getTranslation("buddy.end"), e -> act(() -> buddies.end(trainerId, pair.id())));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClassName("buddy-end");

        TextArea mission = new TextArea(getTranslation("buddy.mission"));
        mission.setValue(orEmpty(pair.mission()));
        mission.setMaxLength(2000);
        mission.setWidthFull();
        TextArea approach = new TextArea(getTranslation("buddy.approach"));
        approach.setValue(orEmpty(pair.approach()));
        approach.setMaxLength(2000);
        approach.setWidthFull();
        Button saveShared = new Button(getTranslation("trainer.save"), e -> {
            if (Feedback.attempt(
                    this,
                    Map.of("mission", mission, "approach", approach),
                    () -> buddies.share(
                            trainerId, pair.id(), pair.version(), mission.getValue(), approach.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
                refresh();
            }
        });
        Div shared = new Div(new H3(getTranslation("buddy.shared.title")), mission, approach, saveShared);

        BuddyInsight insight = buddies.insight(trainerId, pair.id());
        Div progress = progress(insight);
        Div feedback = feedback(pair);
        Div columns = new Div(progress, shared);
        columns.addClassName("buddy-columns");
        card.add(end, columns, feedback);
        return card;
    }

    private Div progress(BuddyInsight insight) {
        AchterbanProgress p = insight.progress();
        Div box = new Div(new H3(getTranslation("buddy.progress.title", insight.buddyName())));
        box.setId("buddy-progress");
        Div counts = new Div();
        counts.addClassName("status-summary");
        counts.add(badge(getTranslation("buddy.progress.stakeholders", p.stakeholders()), "stakeholders"));
        for (StakeholderStatus status : StakeholderStatus.values()) {
            Span s = badge(
                    getTranslation("achterban.status." + status.name()) + ": " + p.withStatus(status), status.name());
            s.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
            counts.add(s);
        }
        box.add(counts);
        Paragraph more = new Paragraph(getTranslation(
                "buddy.progress.more",
                p.conversations(),
                p.conversationsWithOpps(),
                p.swotItems(),
                p.actionsDone(),
                p.actionsTotal()));
        more.setId("buddy-progress-more");
        box.add(more);
        UnorderedList people = new UnorderedList();
        people.addClassName("buddy-stakeholders");
        for (SharedStakeholder s : insight.stakeholders()) {
            Span status =
                    new Span(getTranslation("achterban.status." + s.status().name()));
            status.addClassNames("status-badge", "status-" + s.status().name().toLowerCase(Locale.ROOT));
            people.add(new ListItem(
                    new Span(s.name() + " ("
                            + getTranslation("achterban.kind." + s.kind().name()) + ") "),
                    status));
        }
        box.add(people);
        TrainerProfileView profile = insight.profile();
        if (profile.twoYearHope() != null) {
            box.add(
                    new H3(getTranslation("buddy.hope.theirs", insight.buddyName())),
                    new Paragraph(profile.twoYearHope()));
        }
        return box;
    }

    private Div feedback(BuddyPairView pair) {
        Div box = new Div(new H3(getTranslation("buddy.feedback.title")));
        box.setId("buddy-feedback");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClockConfiguration.ZONE);
        UnorderedList list = new UnorderedList();
        list.addClassName("feedback-list");
        List<FeedbackView> all = buddies.feedbackOf(trainerId, pair.id());
        for (FeedbackView f : all) {
            String author = f.authorId().equals(trainerId) ? getTranslation("buddy.feedback.me") : pair.buddyName();
            Span meta = new Span(author + " · " + when.format(f.createdAt()));
            meta.addClassName("muted");
            ListItem item = new ListItem(new Paragraph(f.text()), meta);
            item.addClassName(f.authorId().equals(trainerId) ? "feedback-mine" : "feedback-theirs");
            list.add(item);
        }
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("buddy.feedback.empty")));
        }
        TextArea text = new TextArea(getTranslation("buddy.feedback.new", pair.buddyName()));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setId("feedback-text");
        Button give = new Button(getTranslation("buddy.feedback.give"), VaadinIcon.PAPERPLANE.create(), e -> {
            if (Feedback.attempt(
                    this, Map.of("text", text), () -> buddies.giveFeedback(trainerId, pair.id(), text.getValue()))) {
                refresh();
            }
        });
        give.setId("feedback-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(list, text, give);
        return box;
    }

    private Component profileCard() {
        Div card = card("buddy-profile", getTranslation("buddy.profile.title"));
        TrainerProfileView mine = profiles.of(trainerId);
        TextField group = new TextField(getTranslation("buddy.profile.group"));
        group.setHelperText(getTranslation("buddy.profile.group.help"));
        group.setValue(orEmpty(mine.programmeGroup()));
        group.setMaxLength(80);
        TextArea hope = new TextArea(getTranslation("buddy.profile.hope"));
        hope.setValue(orEmpty(mine.twoYearHope()));
        hope.setMaxLength(2000);
        hope.setWidthFull();
        Button save = new Button(getTranslation("trainer.save"), e -> {
            if (Feedback.attempt(
                    this,
                    Map.of("programmeGroup", group, "twoYearHope", hope),
                    () -> profiles.save(trainerId, mine.version(), group.getValue(), hope.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
                refresh();
            }
        });
        card.add(group, hope, save);
        return card;
    }

    private Component suggestionsCard() {
        Div card = card("buddy-suggestions", getTranslation("buddy.suggestions.title"));
        Paragraph how = PageText.muted(getTranslation("buddy.suggestions.how"));
        TextField message = new TextField(getTranslation("buddy.request.message"));
        message.setMaxLength(500);
        message.setWidthFull();
        message.setId("buddy-request-message");
        card.add(how, message);
        List<BuddySuggestion> ranked = suggestions.suggestionsFor(trainerId);
        if (ranked.isEmpty()) {
            card.add(new Paragraph(getTranslation("buddy.suggestions.empty")));
        }
        for (BuddySuggestion s : ranked) {
            Span name = new Span(s.name());
            name.addClassName("buddy-name");
            Span score = new Span(getTranslation("buddy.suggestions.score", s.score()));
            score.addClassName("buddy-score");
            UnorderedList reasons = new UnorderedList();
            for (SuggestionReason r : s.reasons()) {
                reasons.add(new ListItem(getTranslation("buddy.suggestions.points", r.points()) + " "
                        + getTranslation(r.key(), describe(r))));
            }
            if (s.reasons().isEmpty()) {
                reasons.add(new ListItem(getTranslation("buddy.reason.none")));
            }
            Button ask = new Button(
                    getTranslation("buddy.ask"),
                    VaadinIcon.HANDSHAKE.create(),
                    e -> act(() -> buddies.request(trainerId, s.trainerId(), message.getValue())));
            ask.addClassName("buddy-ask");
            ask.getElement().setAttribute("data-trainer", s.name());
            HorizontalLayout head = new HorizontalLayout(name, score, ask);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            Div row = new Div(head, reasons);
            row.addClassName("buddy-suggestion");
            card.add(row);
        }
        return card;
    }

    private String describe(SuggestionReason r) {
        return switch (r.key()) {
            case SuggestionReason.SHARED_SCHOOL_TYPES ->
                r.values().stream().map(v -> getTranslation("schooltype." + v)).collect(Collectors.joining(", "));
            case SuggestionReason.COMPLEMENTARY ->
                r.values().stream()
                        .map(v -> getTranslation("achterban.kind." + v).toLowerCase(getLocale()))
                        .collect(Collectors.joining(", "));
            default -> String.join(", ", r.values());
        };
    }

    private void act(Runnable action) {
        if (Feedback.attempt(this, Map.of(), action)) {
            refresh();
        }
    }

    private Div card(String id, String title) {
        Div card = new Div(new H2(title));
        card.addClassName("card");
        card.setId(id);
        return card;
    }

    private static Span badge(String text, String status) {
        Span span = new Span(text);
        span.addClassName("status-badge");
        span.getElement().setAttribute("data-status", status);
        return span;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("buddy.title"));
    }
}
