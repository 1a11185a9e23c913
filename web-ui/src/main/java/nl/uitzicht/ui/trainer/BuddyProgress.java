package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import nl.uitzicht.achterban.AchterbanProgress;
import nl.uitzicht.achterban.SharedStakeholder;
import nl.uitzicht.achterban.StakeholderStatus;
import nl.uitzicht.buddy.BuddyInsight;
import nl.uitzicht.trainer.TrainerProfileView;

/** The buddy's progress as they share it: counts per stakeholder status, stakeholders by name and status (never notes), and their two-year hope. */
class BuddyProgress extends Div {

    BuddyProgress(BuddyInsight insight) {
        AchterbanProgress p = insight.progress();
        add(new H3(getTranslation("buddy.progress.title", insight.buddyName())));
        setId("buddy-progress");
        Div counts = new Div();
        counts.addClassName("status-summary");
        counts.add(badge(getTranslation("buddy.progress.stakeholders", p.stakeholders()), "stakeholders"));
        for (StakeholderStatus status : StakeholderStatus.values()) {
            Span s = badge(
                    getTranslation("achterban.status." + status.name()) + ": " + p.withStatus(status), status.name());
            s.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
            counts.add(s);
        }
        add(counts);
        Paragraph more = new Paragraph(getTranslation(
                "buddy.progress.more",
                p.conversations(),
                p.conversationsWithOpps(),
                p.swotItems(),
                p.actionsDone(),
                p.actionsTotal()));
        more.setId("buddy-progress-more");
        add(more);
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
        add(people);
        TrainerProfileView profile = insight.profile();
        if (profile.twoYearHope() != null) {
            add(new H3(getTranslation("buddy.hope.theirs", insight.buddyName())), new Paragraph(profile.twoYearHope()));
        }
    }

    private static Span badge(String text, String status) {
        Span span = new Span(text);
        span.addClassName("status-badge");
        span.getElement().setAttribute("data-status", status);
        return span;
    }
}
