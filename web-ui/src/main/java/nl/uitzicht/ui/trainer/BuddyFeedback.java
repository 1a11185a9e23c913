package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.buddy.BuddyPairView;
import nl.uitzicht.buddy.FeedbackView;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;

/** The feedback the buddies gave each other, newest last, and a field to give more. */
class BuddyFeedback extends Div {

    BuddyFeedback(Buddies buddies, UUID trainerId, BuddyPairView pair, Runnable changed) {
        add(new H3(getTranslation("buddy.feedback.title")));
        setId("buddy-feedback");
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
        Button give = new SaveButton(getTranslation("buddy.feedback.give"), VaadinIcon.PAPERPLANE.create(), () -> {
            if (Feedback.attempt(
                    this, Map.of("text", text), () -> buddies.giveFeedback(trainerId, pair.id(), text.getValue()))) {
                changed.run();
            }
        });
        give.setId("feedback-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, text, give);
        // feedback typed and not given: leaving asks first (ADR 0108)
        new UnsavedChanges(this).watch(text);
    }
}
