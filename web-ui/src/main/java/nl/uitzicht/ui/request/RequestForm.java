package nl.uitzicht.ui.request;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.ParentsViewFromPortal;
import nl.uitzicht.request.ParentsViewSource;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestDraft;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.RequestType;
import nl.uitzicht.ui.kit.UnsavedChanges;

/** The school's fields of a request; the service checks them ({@code RequestRules}) and names the field at fault. */
class RequestForm extends FormLayout {

    final Select<RequestType> type = new Select<>();
    final Select<FundingCategory> category = new Select<>();
    final Select<RequestSummary> extendsRequest = new Select<>();
    final TextArea question = new TextArea();
    final TextArea basicSupport = new TextArea();
    final TextArea parentsView = new TextArea();
    final Select<ParentsViewSource> source = new Select<>();
    /** What is typed and not yet saved: leaving the page with it asks first (ADR 0108). */
    final UnsavedChanges changes = new UnsavedChanges(this);

    private final String portalText;
    private final String portalHelp;

    /**
     * {@code earlierTlvs}: the pupil's decided TLVs, the ones an extension may follow; {@code portal}: the parents' view
     * as they wrote it in the portal, if they did (then it is the parents' view unless staff record another).
     */
    RequestForm(List<RequestSummary> earlierTlvs, Optional<ParentsViewFromPortal> portal) {
        portalText = portal.map(ParentsViewFromPortal::text).orElse("");
        portalHelp = portal.map(p -> getTranslation(
                        "request.form.parentsViewPortal", RequestFacts.date(RequestFacts.day(p.writtenAt()))))
                .orElse(getTranslation("request.form.parentsViewNoPortal"));
        type.setLabel(getTranslation("request.field.type"));
        type.setId("request-type");
        type.setItems(RequestType.values());
        type.setItemLabelGenerator(t -> getTranslation("request.type." + t));
        type.setValue(RequestType.TLV_SO_VSO);
        category.setLabel(getTranslation("request.field.category"));
        category.setId("request-category");
        category.setItems(FundingCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("request.category." + c));
        extendsRequest.setLabel(getTranslation("request.field.extends"));
        extendsRequest.setId("request-extends");
        extendsRequest.setItems(earlierTlvs);
        extendsRequest.setItemLabelGenerator(
                r -> getTranslation("request.type." + r.type()) + " · " + RequestFacts.date(r.submittedOn()));
        question.setLabel(getTranslation("request.field.question"));
        question.setId("request-question");
        question.setMaxLength(4000);
        basicSupport.setLabel(getTranslation("request.field.basicSupport"));
        basicSupport.setId("request-basic-support");
        basicSupport.setHelperText(getTranslation("request.form.basicSupportHelp"));
        basicSupport.setMaxLength(4000);
        parentsView.setLabel(getTranslation("request.field.parentsView"));
        parentsView.setId("request-parents-view");
        parentsView.setMaxLength(4000);
        source.setLabel(getTranslation("request.field.parentsViewSource"));
        source.setId("request-parents-source");
        source.setItems(
                portal.isPresent()
                        ? List.of(ParentsViewSource.PORTAL, ParentsViewSource.STAFF)
                        : List.of(ParentsViewSource.STAFF));
        source.setItemLabelGenerator(s -> getTranslation("request.source." + s));
        source.setValue(portal.isPresent() ? ParentsViewSource.PORTAL : ParentsViewSource.STAFF);
        source.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() == ParentsViewSource.STAFF) {
                parentsView.clear();
            }
            showParentsView();
        });
        showParentsView();
        type.addValueChangeListener(e -> showTypeFields());
        showTypeFields();
        add(type, category, extendsRequest, question, basicSupport, parentsView, source);
        setColspan(question, 2);
        setColspan(basicSupport, 2);
        setColspan(parentsView, 2);
        changes.watch(type, category, extendsRequest, question, basicSupport, parentsView, source);
    }

    void fill(RequestDetail d) {
        type.setValue(d.type());
        category.setValue(d.fundingCategory());
        question.setValue(d.question());
        basicSupport.setValue(d.basicSupportDone());
        if (d.parentsViewSource() == ParentsViewSource.STAFF
                || (d.parentsViewSource() == null && portalText.isEmpty())) {
            source.setValue(ParentsViewSource.STAFF);
            parentsView.setValue(d.parentsView());
        } else {
            source.setValue(ParentsViewSource.PORTAL);
        }
        showParentsView();
    }

    /** The portal's view is the parents' own words: shown as it is (read-only); staff may record another instead. */
    private void showParentsView() {
        boolean fromPortal = source.getValue() == ParentsViewSource.PORTAL && !portalText.isEmpty();
        if (fromPortal) {
            parentsView.setValue(portalText);
        }
        parentsView.setReadOnly(fromPortal);
        parentsView.setHelperText(
                fromPortal || portalText.isEmpty() ? portalHelp : getTranslation("request.form.parentsViewStaff"));
    }

    private void showTypeFields() {
        RequestType t = type.getValue();
        category.setVisible(t != null && t.hasFundingCategory());
        extendsRequest.setVisible(t == RequestType.TLV_EXTENSION);
    }

    RequestDraft draft() {
        RequestSummary earlier = extendsRequest.getValue();
        UUID extendsId = earlier == null ? null : earlier.id();
        return new RequestDraft(
                type.getValue(),
                category.getValue(),
                extendsId,
                question.getValue(),
                basicSupport.getValue(),
                parentsView.getValue(),
                source.getValue());
    }

    Map<String, HasValidation> fields() {
        return Map.of(
                "type", type,
                "fundingCategory", category,
                "extendsRequestId", extendsRequest,
                "question", question,
                "basicSupportDone", basicSupport,
                "parentsView", parentsView,
                "parentsViewSource", source);
    }
}
