package nl.uitzicht.ui.trainer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.buddy.Buddies;
import nl.uitzicht.buddy.BuddySuggestion;
import nl.uitzicht.buddy.BuddySuggestions;
import nl.uitzicht.buddy.SuggestionReason;
import nl.uitzicht.ui.kit.PageText;

/** Suggested buddies, ranked, with the reasons for their score and a button to ask each. */
class BuddySuggestionsCard extends Div {

    BuddySuggestionsCard(BuddySuggestions suggestions, Buddies buddies, UUID trainerId, Runnable changed) {
        add(new H2(getTranslation("buddy.suggestions.title")));
        addClassName("card");
        setId("buddy-suggestions");
        Paragraph how = PageText.muted(getTranslation("buddy.suggestions.how"));
        TextField message = new TextField(getTranslation("buddy.request.message"));
        message.setMaxLength(500);
        message.setWidthFull();
        message.setId("buddy-request-message");
        add(how, message);
        List<BuddySuggestion> ranked = suggestions.suggestionsFor(trainerId);
        if (ranked.isEmpty()) {
            add(new Paragraph(getTranslation("buddy.suggestions.empty")));
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
            Button ask = new Button(getTranslation("buddy.ask"), VaadinIcon.HANDSHAKE.create(), e -> {
                if (Feedback.attempt(
                        this, Map.of(), () -> buddies.request(trainerId, s.trainerId(), message.getValue()))) {
                    changed.run();
                }
            });
            ask.addClassName("buddy-ask");
            ask.getElement().setAttribute("data-trainer", s.name());
            HorizontalLayout head = new HorizontalLayout(name, score, ask);
            head.setAlignItems(FlexComponent.Alignment.CENTER);
            Div row = new Div(head, reasons);
            row.addClassName("buddy-suggestion");
            add(row);
        }
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
}
