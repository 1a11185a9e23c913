package nl.uitzicht.ui.budget;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.uitzicht.budget.BudgetInput;
import nl.uitzicht.budget.SchoolBudget;
import nl.uitzicht.ui.kit.InputErrors;
import nl.uitzicht.ui.kit.Money;
import nl.uitzicht.ui.kit.Notices;
import nl.uitzicht.ui.kit.SaveButton;
import nl.uitzicht.validation.InvalidInput;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Sets one school's budget for one school year. Saved only if nobody changed it since it was opened; otherwise (or
 * on bad input) the typed figures stay with a clear message, and the success is told only after the save committed.
 */
class BudgetDialog extends Dialog {

    final TextField amount = new TextField();
    final TextField hours = new TextField();
    final Paragraph conflict = new Paragraph();

    BudgetDialog(SchoolBudget budget, Consumer<BudgetInput> save, Runnable onSaved) {
        setHeaderTitle(getTranslation(
                "budget.edit", budget.schoolName(), budget.schoolYear() + "-" + (budget.schoolYear() + 1)));
        setId("budget-dialog");
        setWidth("min(30rem, 95vw)");
        amount.setLabel(getTranslation("budget.amount"));
        amount.setId("budget-amount");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("€"));
        amount.setHelperText(getTranslation("budget.amountHelp"));
        amount.setValue(Money.plain(this, budget.budgetAmount()));
        amount.setWidthFull();
        hours.setLabel(getTranslation("budget.hours"));
        hours.setId("budget-hours");
        hours.setHelperText(getTranslation("budget.hoursHelp"));
        hours.setValue(Money.plain(this, budget.budgetHours()));
        hours.setWidthFull();
        Paragraph granted = new Paragraph(getTranslation(
                "budget.grantedSoFar",
                Money.euros(this, budget.grantedAmount()),
                Money.hours(this, budget.grantedHours()),
                budget.arrangements()));
        granted.addClassName("muted");
        conflict.setId("budget-conflict");
        conflict.addClassName("opp-warning");
        conflict.setVisible(false);
        add(conflict, granted, amount, hours);
        Map<String, HasValidation> fields = Map.of("amount", amount, "hours", hours);
        SaveButton saveButton = new SaveButton(getTranslation("budget.save"), () -> {
            InputErrors.clear(fields);
            Map<String, String> unreadable = new LinkedHashMap<>();
            BigDecimal typedAmount = Money.parse(this, amount.getValue());
            BigDecimal typedHours = Money.parse(this, hours.getValue());
            if (typedAmount == null && !amount.getValue().isBlank()) {
                unreadable.put("amount", "budget.error.number");
            }
            if (typedHours == null && !hours.getValue().isBlank()) {
                unreadable.put("hours", "budget.error.number");
            }
            if (!unreadable.isEmpty()) {
                InputErrors.show(this, InvalidInput.of(unreadable), fields);
                return;
            }
            try {
                save.accept(new BudgetInput(typedAmount, typedHours));
                Notices.success(getTranslation("budget.saved"));
                close();
                onSaved.run();
            } catch (InvalidInput invalid) {
                InputErrors.show(this, invalid, fields);
            } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
                conflict.setText(getTranslation("budget.conflict"));
                conflict.setVisible(true);
            }
        });
        saveButton.setId("budget-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("budget.cancel"), e -> close()), saveButton);
    }
}
