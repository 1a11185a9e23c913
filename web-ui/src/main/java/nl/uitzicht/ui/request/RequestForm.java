package nl.uitzicht.ui.request;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.request.FundingCategory;
import nl.uitzicht.request.ParentsViewSource;
import nl.uitzicht.request.RequestDetail;
import nl.uitzicht.request.RequestDraft;
import nl.uitzicht.request.RequestSummary;
import nl.uitzicht.request.RequestType;

/** The school's fields of a request; the service checks them ({@code RequestRules}) and names the field at fault. */
class RequestForm extends FormLayout {

    final Select<RequestType> type = new Select<>();
    final Select<FundingCategory> category = new Select<>();
    final Select<RequestSummary> extendsRequest = new Select<>();
    final TextArea question = new TextArea();
    final TextArea basicSupport = new TextArea();
    final TextArea parentsView = new TextArea();
    final Select<ParentsViewSource> source = new Select<>();

    /** {@code earlierTlvs}: the pupil's decided TLVs, the ones an extension may follow. */
    RequestForm(List<RequestSummary> earlierTlvs) {
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
        source.setItems(ParentsViewSource.values());
        source.setItemLabelGenerator(s -> getTranslation("request.source." + s));
        source.setValue(ParentsViewSource.STAFF);
        type.addValueChangeListener(e -> showTypeFields());
        showTypeFields();
        add(type, category, extendsRequest, question, basicSupport, parentsView, source);
        setColspan(question, 2);
        setColspan(basicSupport, 2);
        setColspan(parentsView, 2);
    }

    void fill(RequestDetail d) {
        type.setValue(d.type());
        category.setValue(d.fundingCategory());
        question.setValue(d.question());
        basicSupport.setValue(d.basicSupportDone());
        parentsView.setValue(d.parentsView());
        if (d.parentsViewSource() != null) {
            source.setValue(d.parentsViewSource());
        }
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
