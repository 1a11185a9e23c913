package nl.uitzicht.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import nl.uitzicht.school.SchoolDetails;
import nl.uitzicht.school.SchoolSummary;
import nl.uitzicht.school.SchoolType;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Add or edit one school. BRIN and vestigingsnummer identify a school and are fixed once it exists. */
class SchoolDialog extends Dialog {

    /** What saving does with the entered details; throws on invalid details or a conflict. */
    interface Save {
        SchoolSummary save(SchoolDetails details);
    }

    private final TextField brin = new TextField();
    private final TextField vestiging = new TextField();
    private final TextField name = new TextField();
    private final Select<SchoolType> type = new Select<>();
    private final TextField municipality = new TextField();
    private final IntegerField pupils = new IntegerField();

    SchoolDialog(@Nullable SchoolSummary school, Save save, Consumer<SchoolSummary> saved) {
        setHeaderTitle(getTranslation(school == null ? "admin.school.dialog.add" : "admin.school.dialog.edit"));
        setId("school-dialog");
        brin.setLabel(getTranslation("schools.brin"));
        brin.setHelperText(getTranslation("admin.school.brin.helper"));
        brin.setId("school-brin");
        brin.setMaxLength(4);
        vestiging.setLabel(getTranslation("schools.vestiging"));
        vestiging.setHelperText(getTranslation("admin.school.vestiging.helper"));
        vestiging.setId("school-vestiging");
        vestiging.setMaxLength(2);
        vestiging.setValue("00");
        name.setLabel(getTranslation("schools.name"));
        name.setId("school-name");
        name.setRequired(true);
        type.setLabel(getTranslation("schools.type"));
        type.setItems(SchoolType.values());
        type.setItemLabelGenerator(t -> getTranslation("schooltype." + t.name()));
        type.setValue(SchoolType.BAO);
        type.setId("school-type");
        municipality.setLabel(getTranslation("schools.municipality"));
        municipality.setId("school-municipality");
        pupils.setLabel(getTranslation("schools.pupils"));
        pupils.setMin(0);
        pupils.setValue(0);
        pupils.setId("school-pupils");
        if (school != null) {
            brin.setValue(school.brin());
            vestiging.setValue(school.vestiging());
            brin.setReadOnly(true);
            vestiging.setReadOnly(true);
            name.setValue(school.name());
            type.setValue(school.type());
            municipality.setValue(school.municipality() == null ? "" : school.municipality());
            pupils.setValue(school.pupilCount());
        }
        FormLayout form = new FormLayout(brin, vestiging, name, type, municipality, pupils);
        form.setColspan(name, 2);
        add(form);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> close());
        Button ok = new SaveButton(getTranslation("admin.common.save"), () -> submit(save, saved));
        ok.setId("school-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private void submit(Save save, Consumer<SchoolSummary> saved) {
        Map<String, HasValidation> fields = Map.of(
                "brin", brin, "vestiging", vestiging, "name", name, "municipality", municipality, "pupilCount", pupils);
        InputErrors.clear(fields);
        SchoolDetails details = new SchoolDetails(
                brin.getValue(),
                vestiging.getValue(),
                name.getValue(),
                type.getValue(),
                municipality.getValue(),
                pupils.getValue() == null ? -1 : pupils.getValue());
        try {
            SchoolSummary result = save.save(details);
            close();
            saved.accept(result);
        } catch (InvalidInput e) {
            InputErrors.show(this, e, fields);
        }
    }
}
