package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.OppUploads;
import nl.uitzicht.analysis.UploadPreview;
import nl.uitzicht.identity.Role;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/**
 * The uploader checks the masking of an uploaded OPP (ADR 0096): the text as raters will read it with every mask
 * marked, terms to mask as well, and the confirmation that adds it to the round. Keeps the upload's id and the
 * version shown, not the text.
 */
@Route(value = "analyse/upload", layout = MainLayout.class)
@RolesAllowed({Role.TRAINER_NAME, Role.REGION_ADMIN_NAME})
class UploadView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final OppUploads uploads;
    private final Analysts analysts;
    private Analyst analyst;
    private UUID uploadId;
    private long version;
    private final UnsavedChanges changes = new UnsavedChanges(this);

    UploadView(OppUploads uploads, Analysts analysts) {
        this.uploads = uploads;
        this.analysts = analysts;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        analyst = analysts.current();
        try {
            uploadId = UUID.fromString(parameter);
            render(uploads.preview(analyst, uploadId));
        } catch (IllegalArgumentException | InvalidInput e) {
            removeAll();
            add(
                    new H1(getTranslation("analysis.upload.check")),
                    new Paragraph(getTranslation("analysis.upload.error.notFound")));
        }
    }

    private void render(UploadPreview preview) {
        removeAll();
        version = preview.version();
        UUID roundId = preview.roundId();
        add(new H1(getTranslation("analysis.upload.check")));
        if (preview.confirmed()) {
            add(new Paragraph(getTranslation("analysis.upload.alreadyConfirmed")));
        } else {
            add(PageText.muted(getTranslation("analysis.upload.check.intro")));
        }
        Paragraph count = new Paragraph(getTranslation(
                "analysis.upload.masks",
                preview.kind().name(),
                preview.masked().masks().size()));
        count.setId("upload-mask-count");
        Div text = new UploadedOppText(preview.masked());
        text.setId("upload-masked");
        Div card = new Div(count, text);
        card.addClassNames("card", "analysis-wide");
        add(card);
        Button back = new Button(
                getTranslation("analysis.upload.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(RoundView.class, roundId.toString())));
        back.setId("upload-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (preview.confirmed()) {
            add(back);
            return;
        }
        com.vaadin.flow.component.textfield.TextArea terms =
                new com.vaadin.flow.component.textfield.TextArea(getTranslation("analysis.upload.terms"));
        terms.setId("upload-terms");
        terms.setHelperText(getTranslation("analysis.upload.termsHelp"));
        terms.setValue(String.join("\n", preview.extraTerms()));
        terms.setWidthFull();
        changes.watch(terms);
        Button remask = new SaveButton(getTranslation("analysis.upload.remask"), () -> {
            try {
                render(uploads.remask(analyst, uploadId, version, UploadSection.lines(terms.getValue())));
            } catch (InvalidInput ex) {
                InputErrors.show(this, ex, Map.of("terms", terms));
            }
        });
        remask.setId("upload-remask");
        Button confirm = new SaveButton(getTranslation("analysis.upload.confirm"), () -> {
            try {
                uploads.confirm(analyst, uploadId, version);
                changes.discard(); // confirmed as masked now: terms typed and not applied no longer matter
                Notices.success(getTranslation("analysis.upload.confirmed"));
                getUI().ifPresent(ui -> ui.navigate(RoundView.class, roundId.toString()));
            } catch (InvalidInput ex) {
                InputErrors.notify(this, ex);
            }
        });
        confirm.setId("upload-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new SaveButton(getTranslation("analysis.upload.discard"), () -> {
            uploads.discard(analyst, uploadId);
            changes.discard();
            Notices.success(getTranslation("analysis.upload.discarded"));
            getUI().ifPresent(ui -> ui.navigate(RoundView.class, roundId.toString()));
        });
        discard.setId("upload-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(remask, confirm, discard, back);
        actions.addClassName("analysis-submit");
        add(terms, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("analysis.upload.check"));
    }
}
