package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.uitzicht.audit.Actor;
import nl.uitzicht.export.ExportFormat;
import nl.uitzicht.export.RegionExport;
import nl.uitzicht.identity.Role;
import nl.uitzicht.security.CurrentUser;
import nl.uitzicht.security.SignedInUser;
import nl.uitzicht.ui.MainLayout;
import nl.uitzicht.ui.kit.FreshPage;

/** Download all of the region's data as a ZIP (CSV or JSON per table, plus a manifest). */
@Route(value = "export", layout = MainLayout.class)
@Menu(title = "nav.admin.export", order = 16, icon = "vaadin:download")
@RolesAllowed(Role.REGION_ADMIN_NAME)
class ExportView extends FreshPage implements HasDynamicTitle {

    private final Clock clock;

    private final RegionExport export;
    private final CurrentUser currentUser;

    ExportView(RegionExport export, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.export = export;
        this.currentUser = currentUser;
    }

    @Override
    protected void draw(BeforeEnterEvent event) {
        addClassName("page");
        SignedInUser user = currentUser.require();
        String code = user.region() == null ? "regio" : user.region().regionCode();
        RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>(getTranslation("admin.export.format"));
        format.setItems(ExportFormat.values());
        format.setValue(ExportFormat.CSV);
        format.setId("export-format");
        Anchor download = new Anchor();
        download.setId("export-download");
        download.addClassName("download-button");
        format.addValueChangeListener(e -> bind(download, export, e.getValue(), code, user));
        bind(download, export, ExportFormat.CSV, code, user);
        VerticalLayout card = new VerticalLayout(format, download);
        card.addClassNames("card", "admin-card");
        add(
                new H1(getTranslation("admin.export.title")),
                new Paragraph(getTranslation("admin.export.intro")),
                new Paragraph(getTranslation("admin.export.private")),
                card);
    }

    private void bind(Anchor download, RegionExport export, ExportFormat format, String code, SignedInUser user) {
        String fileName = "uitzicht-" + code + "-" + LocalDate.now(clock) + "-"
                + format.name().toLowerCase() + ".zip";
        download.setHref((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("application/zip");
            export.write(event.getOutputStream(), format, new Actor(user.accountId(), user.displayName()));
        });
        download.setText(getTranslation("admin.export.download") + " (" + format.name() + ")");
        download.getElement().setAttribute("download", true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title", getTranslation("admin.export.title"));
    }
}
