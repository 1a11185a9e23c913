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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.buddy.BuddyInsight;
import nl.uitzicht.buddy.BuddyPairView;
import nl.uitzicht.buddy.BuddyStatus;
import nl.uitzicht.buddy.BuddySuggestions;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.trainer.TrainerProfileView;
import nl.uitzicht.trainer.TrainerProfiles;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.jspecify.annotations.Nullable;

/**
 * Working with a buddy: requests to answer, the active pairing with its shared mission and
 * approach, the buddy's progress (counts and status, never notes), feedback both ways (new feedback
 * appears at once), my two-year hope, and suggested buddies with the reasons for their score.
 */
@Route(value = "buddy", layout = MainLayout.class)
@Menu(title = "trainer.nav.buddy", order = 44, icon = "vaadin:handshake")
@RolesAllowed(Role.TRAINER_NAME)
class BuddyView extends FreshPage implements HasDynamicTitle {

    private final Buddies buddies;
    private final BuddySuggestions suggestions;
    private final TrainerProfiles profiles;
    private UUID trainerId;
    private Div content;
    private @Nullable Registration noticeRegistration;

    private final CurrentUser currentUser;
    /** Mission, approach and profile typed and not saved: leaving asks first (ADR 0108). */
    private final UnsavedChanges changes = new UnsavedChanges(this);

    BuddyView(Buddies buddies, BuddySuggestions suggestions, TrainerProfiles profiles, CurrentUser currentUser) {
        this.buddies = buddies;
        this.suggestions = suggestions;
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        content = new Div();
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
        content.add(profileCard(), new BuddySuggestionsCard(suggestions, buddies, trainerId, this::refresh));
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
        changes.watch(mission, approach);
        Button saveShared = new SaveButton(getTranslation("trainer.save"), () -> {
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
        Div progress = new BuddyProgress(insight);
        Div feedback = new BuddyFeedback(buddies, trainerId, pair, this::refresh);
        Div columns = new Div(progress, shared);
        columns.addClassName("buddy-columns");
        card.add(end, columns, feedback);
        return card;
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
        Button save = new SaveButton(getTranslation("trainer.save"), () -> {
            if (Feedback.attempt(
                    this,
                    Map.of("programmeGroup", group, "twoYearHope", hope),
                    () -> profiles.save(trainerId, mine.version(), group.getValue(), hope.getValue()))) {
                Notices.success(getTranslation("trainer.saved"));
                refresh();
            }
        });
        changes.watch(group, hope);
        card.add(group, hope, save);
        return card;
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

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("buddy.title"));
    }
}
