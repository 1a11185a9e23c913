package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.uitzicht.opp.OppDraft;
import nl.uitzicht.opp.OppDraftOffer;
import nl.uitzicht.opp.OppDrafts;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.kit.UnsavedChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what a staff member types into the OPP editor as a draft on the server (ADR 0073): two
 * seconds after they stop typing in a field, its text goes to {@link OppDrafts} when it differs from
 * the saved text. Opening a plan with drafts offers them back in a banner; leaving the screen with
 * unsaved text asks first, and the browser asks before a reload or closing the tab (the kit's
 * {@link UnsavedChanges}, which this tells whether anything is unsaved; ADR 0108).
 * <p>
 * Holds only the fields on screen and the keys of those with unsaved text, never the texts.
 */
final class DraftKeeper {

    static final int TYPING_PAUSE_MS = 2000;

    private static final Logger log = LoggerFactory.getLogger(DraftKeeper.class);

    /** The kit's mark for "the editor has unsaved text". */
    private static final String UNSAVED_MARK = "opp-editor-drafts";

    private final OppEditorView view;
    private final OppDrafts drafts;
    private final Clock clock;
    private final Div area = new Div();
    private final Div banner = new Div();
    private final Span notKept = new Span();
    private final Map<String, AbstractField<?, String>> fields = new HashMap<>();
    private final Map<String, String> saved = new HashMap<>();
    private final Set<String> unsaved = new HashSet<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private final UnsavedChanges changes;
    private boolean flushQueued;
    private boolean saveAttempted;
    private boolean filling;

    DraftKeeper(OppEditorView view, OppDrafts drafts, Clock clock) {
        this.view = view;
        this.drafts = drafts;
        this.clock = clock;
        banner.setId("opp-draft");
        banner.addClassName("opp-draft");
        banner.getElement().setAttribute("role", "status");
        banner.setVisible(false);
        notKept.setId("opp-draft-failed");
        notKept.addClassName("opp-draft-failed");
        notKept.setVisible(false);
        area.add(banner, notKept);
        area.setVisible(false);
        // leaving with unsaved text asks first (the kit's question and the browser's); the drafts stay either way
        changes = new UnsavedChanges(view);
        changes.onDiscard(unsaved::clear);
    }

    /** What the editor's screens watch besides the kept fields (monitoring), and its question before leaving. */
    UnsavedChanges changes() {
        return changes;
    }

    /** The banner offering drafts back and the small note when a draft could not be kept. */
    Component component() {
        return area;
    }

    /**
     * Keeps this field's text as a draft under its id; the field's value set by the screen (not typed)
     * counts as saved. A field rebuilt while it held unsaved text gets that text back from the server.
     */
    <F extends AbstractField<F, String> & HasValueChangeMode> void keep(F field) {
        String key = field.getId().orElseThrow(() -> new IllegalArgumentException("A kept field needs an id"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        fields.put(key, field);
        saved.put(key, field.getValue());
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                if (!filling) {
                    saved.put(key, e.getValue());
                }
            } else {
                typed(key, field, e.getValue());
            }
        });
        if (unsaved.contains(key)) {
            field.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(field, c -> refill(key, field)));
        }
    }

    /**
     * Typing is noted now and written at the end of the round trip: when the same round trip also saves (the
     * text travels with the click on Opslaan), the save answers for it and no draft is written, so a person
     * waits for one database call, never two, and an outage is told within the bounded wait (issue 22).
     */
    private void typed(String key, AbstractField<?, String> field, String text) {
        boolean changed = !text.equals(saved.getOrDefault(key, ""));
        if (changed || unsaved.contains(key)) {
            pending.add(key);
            if (!flushQueued) {
                flushQueued = true;
                field.getUI().ifPresent(ui -> ui.beforeClientResponse(view, context -> flush()));
            }
        }
        mark(key, field, changed);
    }

    /** A save is under way in this round trip: it answers for the typed text, no draft is written for it. */
    void saving() {
        saveAttempted = true;
    }

    private void flush() {
        flushQueued = false;
        if (saveAttempted) {
            // kept for the next round trip: a field typed in but not part of this save still gets its draft
            saveAttempted = false;
            return;
        }
        List<String> keys = List.copyOf(pending);
        pending.clear();
        try {
            List<String> gone = new ArrayList<>();
            for (String key : keys) {
                AbstractField<?, String> field = fields.get(key);
                if (field != null && unsaved.contains(key)) {
                    drafts.keep(view.scope, view.plan().id(), view.plan().version(), key, field.getValue());
                } else {
                    gone.add(key);
                }
            }
            if (!gone.isEmpty()) {
                drafts.forget(view.scope, view.plan().id(), gone);
            }
            notKept.setVisible(false);
            area.setVisible(banner.isVisible());
        } catch (RuntimeException e) {
            log.warn("Drafts {} of OPP {} not kept: {}", keys, view.plan().id(), e.toString());
            showFailure();
        }
    }

    /** Fields that were just saved lose their drafts; a plan that can no longer be edited loses all. */
    void saved(Collection<?> savedFields) {
        List<String> keys = fields.entrySet().stream()
                .filter(e -> savedFields.contains(e.getValue()))
                .map(Map.Entry::getKey)
                .filter(unsaved::contains)
                .toList();
        boolean all = !view.editable();
        if (keys.isEmpty() && !(all && !unsaved.isEmpty())) {
            return;
        }
        try {
            drafts.forget(view.scope, view.plan().id(), all ? Set.copyOf(unsaved) : keys);
        } catch (RuntimeException e) {
            log.warn(
                    "Drafts {} of OPP {} not removed after saving: {}",
                    keys,
                    view.plan().id(),
                    e.toString());
        }
        if (all) {
            unsaved.clear();
        } else {
            keys.forEach(unsaved::remove);
        }
        guardUnload();
    }

    /** On opening the plan: a banner offering the caller's drafts back, if they have any. */
    void offer() {
        banner.removeAll();
        banner.setVisible(false);
        OppDraftOffer offer;
        try {
            offer = drafts.offer(view.scope, view.plan().id()).orElse(null);
        } catch (RuntimeException e) {
            log.warn("Drafts of OPP {} not offered: {}", view.plan().id(), e.toString());
            return;
        }
        if (offer == null) {
            return;
        }
        Span text = new Span(view.getTranslation("opp.draft.offer", when(offer.lastTypedAt())));
        text.setId("opp-draft-text");
        banner.add(VaadinIcon.EDIT.create(), text);
        if (offer.planChangedSince()) {
            Span changed = new Span(view.getTranslation("opp.draft.changedSince"));
            changed.setId("opp-draft-changed");
            banner.add(changed);
        }
        Button restore = new Button(view.getTranslation("opp.draft.restore"), e -> restore());
        restore.setId("opp-draft-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button discard = new Button(view.getTranslation("opp.draft.discard"), e -> discard());
        discard.setId("opp-draft-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        banner.add(new Div(restore, discard));
        banner.setVisible(true);
        area.setVisible(true);
    }

    private void restore() {
        for (OppDraft draft : drafts.restore(view.scope, view.plan().id())) {
            unsaved.add(draft.fieldKey());
            AbstractField<?, String> field = fields.get(draft.fieldKey());
            if (field != null) {
                fill(draft.fieldKey(), field, draft.text());
            }
        }
        banner.setVisible(false);
        area.setVisible(notKept.isVisible());
        guardUnload();
    }

    private void discard() {
        drafts.discard(view.scope, view.plan().id());
        banner.setVisible(false);
        area.setVisible(notKept.isVisible());
    }

    private void refill(String key, AbstractField<?, String> field) {
        if (!unsaved.contains(key)) {
            return;
        }
        try {
            drafts.of(view.scope, view.plan().id(), List.of(key)).forEach(d -> fill(key, field, d.text()));
        } catch (RuntimeException e) {
            log.warn("Draft of {} in OPP {} not read back: {}", key, view.plan().id(), e.toString());
            showFailure();
        }
    }

    private void fill(String key, AbstractField<?, String> field, String text) {
        filling = true;
        try {
            field.setValue(text);
        } finally {
            filling = false;
        }
        mark(key, field, !text.equals(saved.getOrDefault(key, "")));
    }

    private void mark(String key, AbstractField<?, String> field, boolean isUnsaved) {
        boolean before = !unsaved.isEmpty();
        if (isUnsaved) {
            unsaved.add(key);
        } else {
            unsaved.remove(key);
        }
        if (field instanceof HasStyle styled) {
            styled.setClassName("opp-unsaved", isUnsaved);
        }
        if (before != !unsaved.isEmpty()) {
            guardUnload();
        }
    }

    private void guardUnload() {
        changes.mark(UNSAVED_MARK, !unsaved.isEmpty());
    }

    private void showFailure() {
        notKept.setText(view.getTranslation("opp.draft.notKept"));
        notKept.setVisible(true);
        area.setVisible(true);
    }

    private String when(Instant typedAt) {
        ZonedDateTime at = typedAt.atZone(ClockConfiguration.ZONE);
        if (at.toLocalDate().equals(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)))) {
            return at.format(DateTimeFormatter.ofPattern("HH:mm"));
        }
        return at.format(DateTimeFormatter.ofPattern("d-M HH:mm"));
    }
}
