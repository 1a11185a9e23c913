package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.duoimport.DuoFile;
import nl.uitzicht.duoimport.DuoFileException;
import nl.uitzicht.duoimport.DuoImport;
import nl.uitzicht.duoimport.ImportPlan;
import nl.uitzicht.duoimport.ImportRejectedException;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.SizeLimitedUpload;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Upload DUO's two files, see what would change, apply it all at once. */
@Route(value = "scholen/duo-import", layout = MainLayout.class)
@Menu(title = "nav.admin.duo", order = 11, icon = "vaadin:upload")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class DuoImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_MEGABYTES = 20;
    /** Checked in the browser and again on the server (see {@link SizeLimitedUpload}). */
    private static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private final DuoImport duoImport;
    private final CurrentUser currentUser;
    private final List<DuoFile> received = Collections.synchronizedList(new ArrayList<>());
    private final Div result = new Div();
    private final Upload upload = new Upload();
    private final Button apply = new Button();
    private List<DuoFile> previewed = List.of();
    /** A file of this round was refused as too large: its message stays until the next upload. */
    private boolean refused;

    DuoImportView(DuoImport duoImport, CurrentUser currentUser) {
        this.duoImport = duoImport;
        this.currentUser = currentUser;
        addClassName("page");
        upload.setId("duo-upload");
        upload.setMaxFiles(2);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain", "application/vnd.ms-excel");
        upload.setUploadHandler(new SizeLimitedUpload(MAX_BYTES, getTranslation("upload.tooLarge", MAX_MEGABYTES),
                (meta, bytes) -> received.add(new DuoFile(meta.fileName() == null ? "bestand.csv" : meta.fileName(),
                        bytes)),
                this::showTooLarge));
        upload.addAllFinishedListener(e -> preview());
        upload.addFileRemovedListener(e -> reset());
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.duo.drop"))
                .setMany(getTranslation("admin.duo.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.duo.files"))
                .setMany(getTranslation("admin.duo.files")));
        upload.setI18n(i18n);
        apply.setText(getTranslation("admin.duo.apply"));
        apply.setId("duo-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setVisible(false);
        apply.addClickListener(e -> apply());
        result.setWidthFull();
        add(new H1(getTranslation("admin.duo.title")), new Paragraph(getTranslation("admin.duo.intro")), upload,
                result);
    }

    private void reset() {
        received.clear();
        previewed = List.of();
        result.removeAll();
        apply.setVisible(false);
    }

    private void preview() {
        if (refused) {
            refused = false;
            return;
        }
        List<DuoFile> files;
        synchronized (received) {
            files = List.copyOf(received);
        }
        result.removeAll();
        apply.setVisible(false);
        if (files.size() < 2) {
            return;
        }
        try {
            ImportPlan plan = duoImport.preview(files);
            result.add(new ImportPreviewPanel(plan, apply));
            previewed = files;
            apply.setVisible(plan.applicable() && !plan.changesNothing());
        } catch (DuoFileException e) {
            showFileError(e);
        }
        received.clear();
        upload.clearFileList();
    }

    private void showTooLarge(String fileName) {
        refused = true;
        result.removeAll();
        apply.setVisible(false);
        Paragraph message = new Paragraph(getTranslation("upload.tooLargeFile", fileName, MAX_MEGABYTES));
        message.setId("upload-too-large");
        message.addClassNames("card", "admin-card", "duo-error");
        result.add(message);
    }

    private void showFileError(DuoFileException e) {
        Paragraph message = new Paragraph(getTranslation(e.messageKey(), e.params().toArray()));
        message.setId("duo-file-error");
        message.addClassNames("card", "admin-card", "duo-error");
        result.add(message);
    }

    private void apply() {
        SignedInUser user = currentUser.require();
        try {
            ImportPlan plan = duoImport.apply(previewed, new Actor(user.accountId(), user.displayName()));
            Notices.success(getTranslation("admin.duo.applied", plan.added().size(), plan.changed().size(),
                    plan.closed().size()));
            getUI().ifPresent(ui -> ui.navigate(SchoolsAdminView.class));
        } catch (ImportRejectedException e) {
            result.removeAll();
            result.add(new ImportPreviewPanel(e.plan(), apply));
            apply.setVisible(false);
        } catch (DuoFileException e) {
            result.removeAll();
            showFileError(e);
            apply.setVisible(false);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notices.error(getTranslation("admin.common.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.duo.title"));
    }
}
