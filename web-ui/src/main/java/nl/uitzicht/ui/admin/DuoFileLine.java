package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.function.BiConsumer;
import nl.uitzicht.duoimport.FileInfo;
import nl.uitzicht.duoimport.LocationKind;
import org.jspecify.annotations.Nullable;

/**
 * One file of a DUO import preview: how it was read and, for a locations file, the kind of school it
 * holds, which the administrator can change ({@code kindChosen} then reads the files again).
 */
class DuoFileLine extends Div {

    DuoFileLine(FileInfo file, int index, BiConsumer<String, @Nullable LocationKind> kindChosen) {
        addClassName("duo-file");
        Paragraph info = new Paragraph(getTranslation(
                file.swvFile() ? "admin.duo.fileInfo.swv" : "admin.duo.fileInfo.locations",
                file.name(),
                getTranslation("admin.duo.rows", file.rows()),
                file.encoding(),
                file.delimiter()));
        info.addClassName("muted");
        add(info);
        if (file.swvFile()) {
            return;
        }
        Select<LocationKind> kind = new Select<>();
        kind.setId("duo-kind-" + index);
        kind.setLabel(getTranslation("admin.duo.kind.label"));
        kind.setItems(LocationKind.values());
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("admin.duo.kind.none") : getTranslation("admin.duo.kind." + k.name()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("admin.duo.kind.none"));
        kind.setValue(file.kind());
        kind.setHelperText(
                file.typeColumn() != null
                        ? getTranslation("admin.duo.kind.fromColumn", file.typeColumn())
                        : file.kind() != null
                                ? getTranslation("admin.duo.kind.fromFile")
                                : getTranslation("admin.duo.kind.choose"));
        kind.setInvalid(file.needsKind());
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                kindChosen.accept(file.name(), e.getValue());
            }
        });
        add(kind);
    }
}
