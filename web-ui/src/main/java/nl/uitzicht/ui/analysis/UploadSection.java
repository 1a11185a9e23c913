package nl.uitzicht.ui.analysis;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.RouterLink;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.analysis.Analyst;
import nl.uitzicht.analysis.OppUploads;
import nl.uitzicht.analysis.PendingUpload;
import nl.uitzicht.analysis.UploadPreview;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.ui.SizeLimitedUpload;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.UnsavedChanges;
import nl.uitzicht.validation.InvalidInput;

/**
 * For the round's organiser: upload an OPP written elsewhere (PDF, DOCX) with its school and names to mask; the
 * upload opens the masking check ({@link UploadView}). Lists the caller's uploads that wait for confirmation.
 */
class UploadSection extends Div {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final OppUploads uploads;
    private final Analyst analyst;
    private final UUID roundId;
    private final Select<SchoolSummary> school = new Select<>();
    private final TextArea terms = new TextArea();
    private final Paragraph error = new Paragraph();
    private final UnsavedChanges changes = new UnsavedChanges(this);

    UploadSection(OppUploads uploads, Analyst analyst, UUID roundId, List<SchoolSummary> schools) {
        this.uploads = uploads;
        this.analyst = analyst;
        this.roundId = roundId;
        setId("upload-section");
        addClassNames("card", "analysis-wide");
        add(new H2(getTranslation("analysis.upload.title")), PageText.muted(getTranslation("analysis.upload.intro")));
        school.setId("upload-school");
        school.setLabel(getTranslation("analysis.upload.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(SchoolSummary::name);

        if (schools.size() == 1) {
            school.setValue(schools.getFirst());
        }
        terms.setId("upload-terms");
        terms.setLabel(getTranslation("analysis.upload.terms"));
        terms.setHelperText(getTranslation("analysis.upload.termsHelp"));
        terms.setWidthFull();
        Upload upload = new Upload();
        upload.setId("upload-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        // a hint for the browser's file picker only: the server tells the kind by the file's bytes
        upload.setAcceptedFileTypes(
                ".pdf",
                ".docx",
                "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setUploadHandler(new SizeLimitedUpload(
                MAX_BYTES,
                getTranslation("analysis.upload.error.tooLarge", MAX_BYTES / (1024 * 1024)),
                (meta, bytes) -> {
                    upload.clearFileList();
                    received(bytes);
                },
                name -> showError(getTranslation("analysis.upload.error.tooLarge", MAX_BYTES / (1024 * 1024)))));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("analysis.upload.drop"))
                .setMany(getTranslation("analysis.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("analysis.upload.file"))
                .setMany(getTranslation("analysis.upload.file")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("analysis.upload.error.tooLarge", MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("analysis.upload.error.type"))
                .setTooManyFiles(getTranslation("analysis.upload.error.type")));
        upload.setI18n(i18n);
        error.setId("upload-error");
        error.addClassName("analysis-upload-error");
        error.setVisible(false);
        add(school, terms, upload, error);
        changes.watch(school, terms);
        List<PendingUpload> pending = uploads.pending(analyst, roundId);
        if (!pending.isEmpty()) {
            add(new H3(getTranslation("analysis.upload.pending")));
            for (PendingUpload p : pending) {
                RouterLink link = new RouterLink(
                        getTranslation(
                                "analysis.upload.pendingItem",
                                p.kind().name(),
                                Math.max(1, p.fileSize() / 1024),
                                RoundsView.DATE.format(p.uploadedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")))),
                        UploadView.class,
                        p.id().toString());
                link.addClassName("upload-pending");
                add(new Div(link));
            }
        }
    }

    /** A file arrived: read and mask it, then open the masking check; a refusal is shown here. */
    void received(byte[] content) {
        error.setVisible(false);
        school.setInvalid(false);
        terms.setInvalid(false);
        if (school.getValue() == null) {
            school.setErrorMessage(getTranslation("analysis.upload.error.school"));
            school.setInvalid(true);
            return;
        }
        try {
            UploadPreview preview =
                    uploads.upload(analyst, roundId, school.getValue().id(), content, lines(terms.getValue()));
            changes.saved();
            getUI().ifPresent(ui -> ui.navigate(UploadView.class, preview.id().toString()));
        } catch (InvalidInput e) {
            // the file's problem stays next to the upload (and is announced); a field's at its field
            InputErrors.show(this, e, Map.of("school", school, "terms", terms));
            e.problems().stream()
                    .filter(p -> !p.field().equals("school") && !p.field().equals("terms"))
                    .findFirst()
                    .ifPresent(p -> {
                        error.setText(InputErrors.text(this, p));
                        error.setVisible(true);
                    });
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        Notices.error(message);
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
