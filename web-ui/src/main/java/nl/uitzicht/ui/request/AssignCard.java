package nl.uitzicht.ui.request;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import nl.uitzicht.identity.Role;
import nl.uitzicht.request.RegionCaller;
import nl.uitzicht.request.RegionRequests;
import nl.uitzicht.request.RegionStaffMember;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.PageText;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;

/**
 * The case manager's card to make a case manager responsible for an open request and to assign its experts. An
 * assignment updates this card in place (the experts offered, the experts assigned) and tells the page the request's
 * new state: the combo boxes stay, so no second set of their items is left in the browser to take a later click.
 */
class AssignCard extends Div {

    private final Consumer<RequestDetail> assigned;
    private final List<RegionStaffMember> experts;
    private final ComboBox<RegionStaffMember> expert = new ComboBox<>();
    private final Div assignedExperts = new Div();

    /**
     * @param version the request version the page last read
     * @param assigned told the request as it is after an assignment
     */
    AssignCard(
            RegionRequests requests,
            RegionCaller caller,
            RequestDetail d,
            LongSupplier version,
            Consumer<RequestDetail> assigned) {
        UUID requestId = d.id();
        this.assigned = assigned;
        this.experts = requests.staff(caller, Role.EXPERT);
        ComboBox<RegionStaffMember> manager = new ComboBox<>();
        manager.setLabel(getTranslation("request.field.caseManager"));
        manager.setId("assign-case-manager");
        manager.setItems(requests.staff(caller, Role.CASE_MANAGER));
        manager.setItemLabelGenerator(RegionStaffMember::name);
        SaveButton assignManager = new SaveButton(
                getTranslation("request.assign.caseManager"),
                () -> assign(
                        manager,
                        "caseManager",
                        m -> requests.assignCaseManager(caller, requestId, version.getAsLong(), m.accountId())));
        assignManager.setId("assign-case-manager-save");
        expert.setLabel(getTranslation("request.field.expert"));
        expert.setId("assign-expert");
        expert.setItemLabelGenerator(RegionStaffMember::name);
        SaveButton assignExpert = new SaveButton(
                getTranslation("request.assign.expert"),
                () -> assign(
                        expert,
                        "expert",
                        e -> requests.assignExpert(caller, requestId, version.getAsLong(), e.accountId())));
        assignExpert.setId("assign-expert-save");
        HorizontalLayout managerRow = new HorizontalLayout(manager, assignManager);
        managerRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout expertRow = new HorizontalLayout(expert, assignExpert);
        expertRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignedExperts.setId("request-assigned-experts");
        add(new H2(getTranslation("request.section.assign")), managerRow, expertRow, assignedExperts);
        if (d.type().isTlv()) {
            add(PageText.muted(getTranslation("request.assign.twoExperts")));
        }
        addClassName("card");
        setId("request-assign");
        showExperts(d);
    }

    private void assign(
            ComboBox<RegionStaffMember> box, String field, Function<RegionStaffMember, RequestDetail> assignment) {
        if (box.getValue() == null) {
            box.setErrorMessage(getTranslation("request.validation.required"));
            box.setInvalid(true);
            return;
        }
        try {
            RequestDetail d = assignment.apply(box.getValue());
            box.setInvalid(false);
            showExperts(d);
            assigned.accept(d);
            Notices.success(getTranslation("request.assign.done"));
        } catch (InvalidInput e) {
            InputErrors.show(this, e, Map.of(field, box));
        }
    }

    /** The experts assigned (a tick when they advised), and the region's other experts to choose from. */
    private void showExperts(RequestDetail d) {
        expert.clear();
        expert.setItems(experts.stream()
                .filter(e -> d.experts().stream().noneMatch(a -> a.accountId().equals(e.accountId())))
                .toList());
        StringBuilder names = new StringBuilder();
        d.experts()
                .forEach(e -> names.append(names.isEmpty() ? "" : ", ")
                        .append(e.name())
                        .append(e.advised() ? " ✓" : ""));
        assignedExperts.setText(getTranslation("request.assign.experts", names.isEmpty() ? "-" : names.toString()));
    }
}
