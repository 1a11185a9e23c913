package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.duoimport.DuoFile;
import nl.uitzicht.duoimport.DuoFileException;
import nl.uitzicht.duoimport.DuoImport;
import nl.uitzicht.duoimport.DuoLimits;
import nl.uitzicht.duoimport.DuoOpenData;
import nl.uitzicht.duoimport.ImportChoices;
import nl.uitzicht.duoimport.ImportHistory;
import nl.uitzicht.duoimport.ImportPlan;
import nl.uitzicht.duoimport.ImportRejectedException;
import nl.uitzicht.duoimport.LocationKind;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.time.ClockConfiguration;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.SizeLimitedUpload;
import nl.uitzicht.ui.kit.FreshPage;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Upload DUO's files (or fetch them from DUO), see what would change, apply it all at once. The
 * files are held in this view only while a preview stands; a refused upload keeps nothing.
 */
@Route(value = "scholen/duo-import", layout = MainLayout.class)
@Menu(title = "nav.admin.duo", order = 11, icon = "vaadin:upload")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class DuoImportView extends FreshPage implements HasDynamicTitle {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ClockConfiguration.ZONE);

    private final DuoImport duoImport;
    private final ImportHistory history;
    private final CurrentUser currentUser;
    private final List<DuoFile> received = Collections.synchronizedList(new ArrayList<>());
    private Div result;
    private Upload upload;
    /** A file of this round was refused as too large: its message stays until the next upload. */
    private boolean refused;

    private Button apply;
    private List<DuoFile> files = List.of();
    private ImportChoices.ImportOrigin origin = ImportChoices.ImportOrigin.UPLOAD;
    private @Nullable ImportPlan plan;
    private @Nullable ImportPreviewPanel panel;

    private final DuoOpenData openData;

    DuoImportView(DuoImport duoImport, DuoOpenData openData, ImportHistory history, CurrentUser currentUser) {
        this.duoImport = duoImport;
        this.history = history;
        this.currentUser = currentUser;
        this.openData = openData;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        result = new Div();
        upload = new Upload();
        apply = new Button();
        // a new round: nothing of an earlier visit's upload or preview stays
        received.clear();
        refused = false;
        files = List.of();
        origin = ImportChoices.ImportOrigin.UPLOAD;
        plan = null;
        panel = null;
        addClassName("page");
        upload.setId("duo-upload");
        upload.setMaxFiles(DuoLimits.MAX_FILES);
        upload.setMaxFileSize(DuoLimits.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain", "application/vnd.ms-excel");
        upload.setUploadHandler(new SizeLimitedUpload(
                DuoLimits.MAX_FILE_BYTES,
                getTranslation("upload.tooLarge", DuoLimits.MAX_FILE_BYTES / (1024 * 1024)),
                (meta, bytes) ->
                        received.add(new DuoFile(meta.fileName() == null ? "bestand.csv" : meta.fileName(), bytes)),
                this::showTooLarge));
        upload.addAllFinishedListener(e -> previewUpload());
        upload.addFileRemovedListener(e -> reset());
        upload.addFileRejectedListener(
                e -> showError(getTranslation("admin.duo.error.rejected", e.getFileName(), e.getErrorMessage())));
        upload.setI18n(uploadTexts());
        apply.setText(getTranslation("admin.duo.apply"));
        apply.setId("duo-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        result.setWidthFull();
        add(new H1(getTranslation("admin.duo.title")), new Paragraph(getTranslation("admin.duo.intro")));
        history.pendingCheck().ifPresent(check -> {
            Paragraph differs = new Paragraph(getTranslation(
                    "admin.duo.check", WHEN.format(check.at()), check.added(), check.changed(), check.closed()));
            differs.setId("duo-check");
            differs.addClassNames("card", "admin-card", "duo-warning");
            add(differs);
        });
        if (openData.available()) {
            Button fetch = new Button(getTranslation("admin.duo.fetch"), e -> fetch(openData));
            fetch.setId("duo-fetch");
            fetch.setDisableOnClick(true);
            fetch.addClickListener(e -> fetch.setEnabled(true));
            add(new Paragraph(getTranslation("admin.duo.fetch.intro")), fetch);
        }
        add(upload, result, new ImportHistoryCard(history.recent(10)));
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("admin.duo.drop"))
                .setMany(getTranslation("admin.duo.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("admin.duo.files"))
                .setMany(getTranslation("admin.duo.files")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("admin.duo.error.tooBig", DuoLimits.MAX_FILE_SIZE_TEXT))
                .setIncorrectFileType(getTranslation("admin.duo.error.type"))
                .setTooManyFiles(getTranslation("admin.duo.error.tooManyFiles", DuoLimits.MAX_FILES)));
        return i18n;
    }

    private void reset() {
        received.clear();
        files = List.of();
        plan = null;
        panel = null;
        result.removeAll();
    }

    private void previewUpload() {
        if (refused) {
            refused = false;
            received.clear();
            upload.clearFileList();
            return;
        }
        List<DuoFile> uploaded;
        synchronized (received) {
            uploaded = List.copyOf(received);
        }
        if (uploaded.isEmpty()) {
            return;
        }
        origin = ImportChoices.ImportOrigin.UPLOAD;
        preview(uploaded);
        if (plan != null || !waitingForAFile()) {
            // the files are now held by the preview (or refused): the upload list starts empty again
            received.clear();
            upload.clearFileList();
        }
    }

    /**
     * A file over the limit, refused by the server (a request that bypassed the browser's own check):
     * nothing of this round is kept, and the message stays until the next upload.
     */
    private void showTooLarge(String fileName) {
        refused = true;
        reset();
        Paragraph message = new Paragraph(
                getTranslation("upload.tooLargeFile", fileName, DuoLimits.MAX_FILE_BYTES / (1024 * 1024)));
        message.setId("upload-too-large");
        message.addClassNames("card", "admin-card", "duo-error");
        result.add(message);
    }

    private boolean waitingForAFile() {
        return result.getChildren()
                .anyMatch(c -> "duo-file-missing".equals(c.getId().orElse("")));
    }

    private void fetch(DuoOpenData openData) {
        received.clear();
        upload.clearFileList();
        try {
            List<DuoFile> fetched = openData.fetch();
            origin = ImportChoices.ImportOrigin.DUO;
            preview(fetched);
        } catch (DuoFileException e) {
            reset();
            showError(getTranslation(e.messageKey(), e.params().toArray()));
        }
    }

    private void chooseKind(String fileName, @Nullable LocationKind kind) {
        preview(files.stream()
                .map(f -> f.name().equals(fileName) ? f.withKind(kind) : f)
                .toList());
    }

    private void preview(List<DuoFile> candidate) {
        result.removeAll();
        plan = null;
        panel = null;
        try {
            ImportPlan previewed = duoImport.preview(candidate);
            panel = new ImportPreviewPanel(previewed, apply, this::chooseKind);
            result.add(panel);
            boolean hopeless = !previewed.problems().isEmpty();
            files = hopeless ? List.of() : candidate; // bad rows: nothing is kept, a new upload is needed
            plan = hopeless ? null : previewed;
        } catch (InvalidInput e) {
            files = List.of();
            String message = InputErrors.text(this, e.problems().getFirst());
            if (e.messageKey().equals("admin.duo.error.missingLocations")
                    || e.messageKey().equals("admin.duo.error.missingSwv")) {
                Paragraph missing = new Paragraph(message);
                missing.setId("duo-file-missing");
                missing.addClassNames("card", "admin-card", "duo-error");
                result.add(missing);
            } else {
                received.clear();
                showError(message);
            }
        }
    }

    private void showError(String text) {
        result.getChildren()
                .filter(c -> "duo-file-error".equals(c.getId().orElse("")))
                .toList()
                .forEach(result::remove);
        Paragraph message = new Paragraph(text);
        message.setId("duo-file-error");
        message.addClassNames("card", "admin-card", "duo-error");
        result.addComponentAsFirst(message);
    }

    private void apply() {
        ImportPlan shown = plan;
        ImportPreviewPanel choices = panel;
        if (shown == null || choices == null) {
            return;
        }
        SignedInUser user = currentUser.require();
        try {
            ImportPlan done = duoImport.apply(
                    files,
                    new ImportChoices(choices.closeManual(), choices.openOppsConfirmed(), shown.fingerprint(), origin),
                    new Actor(user.accountId(), user.displayName()));
            Notices.success(getTranslation(
                    "admin.duo.applied",
                    done.added().size(),
                    done.changed().size(),
                    done.closed().size() + choices.closeManual().size()));
            reset();
            getUI().ifPresent(ui -> ui.navigate(SchoolsAdminView.class));
        } catch (ImportRejectedException e) {
            Notices.error(getTranslation(e.reason().messageKey()));
            preview(files);
        } catch (InvalidInput e) {
            reset();
            showError(InputErrors.text(this, e.problems().getFirst()));
        } catch (ObjectOptimisticLockingFailureException e) {
            Notices.error(getTranslation("admin.duo.refused.stale"));
            preview(files);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.duo.title"));
    }
}
