package nl.uitzicht.ui.opp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.uitzicht.opp.MeasureKind;
import nl.uitzicht.opp.Measurement;
import org.jspecify.annotations.Nullable;

/**
 * The measured value of a monitoring observation (ADR 0083): no measurement (a note only), a level of the
 * five-point scale with the target level, or a test score with its norm. Only the chosen kind's fields show.
 */
final class MeasurementFields {

    private final Component owner;
    final Select<MeasureKind> kind = new Select<>();
    final Select<Integer> level = new Select<>();
    final Select<Integer> targetLevel = new Select<>();
    final BigDecimalField score = new BigDecimalField();
    final BigDecimalField norm = new BigDecimalField();

    MeasurementFields(Component owner) {
        this.owner = owner;
        kind.setLabel(owner.getTranslation("opp.measure.kind"));
        kind.setItems(MeasureKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(owner.getTranslation("opp.measure.none"));
        kind.setItemLabelGenerator(k -> k == null ? owner.getTranslation("opp.measure.none") : label(k));
        kind.setId("observation-measure-kind");
        levels(level, "opp.measure.level", "observation-level");
        levels(targetLevel, "opp.measure.targetLevel", "observation-target-level");
        targetLevel.setValue(4);
        score.setLabel(owner.getTranslation("opp.measure.score"));
        score.setId("observation-score");
        norm.setLabel(owner.getTranslation("opp.measure.norm"));
        norm.setHelperText(owner.getTranslation("opp.measure.normHelp"));
        norm.setId("observation-norm");
        kind.addValueChangeListener(e -> show());
        show();
    }

    private void levels(Select<Integer> select, String labelKey, String id) {
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(IntStream.rangeClosed(Measurement.SCALE_MIN, Measurement.SCALE_MAX)
                .boxed()
                .toList());
        select.setItemLabelGenerator(l -> l == null ? "" : scaleLabel(owner, l));
        select.setId(id);
    }

    /** "3 – gedeeltelijk": a level with its label. */
    static String scaleLabel(Component owner, int level) {
        return level + " \u2013 " + owner.getTranslation("opp.scale." + level);
    }

    private String label(MeasureKind k) {
        return owner.getTranslation("opp.measure." + k);
    }

    private void show() {
        MeasureKind k = kind.getValue();
        level.setVisible(k == MeasureKind.SCALE);
        targetLevel.setVisible(k == MeasureKind.SCALE);
        score.setVisible(k == MeasureKind.SCORE);
        norm.setVisible(k == MeasureKind.SCORE);
    }

    List<Component> components() {
        return List.of(kind, level, targetLevel, score, norm);
    }

    List<HasValue<?, ?>> inputs() {
        return List.of(kind, level, targetLevel, score, norm);
    }

    /** The fields a problem can name: {@code value} and {@code target} are those of the chosen kind. */
    Map<String, HasValidation> fields() {
        boolean scale = kind.getValue() != MeasureKind.SCORE;
        return Map.of("measureKind", kind, "value", scale ? level : score, "target", scale ? targetLevel : norm);
    }

    @Nullable
    MeasureKind measureKind() {
        return kind.getValue();
    }

    @Nullable
    BigDecimal value() {
        return switch (kind.getValue()) {
            case null -> null;
            case SCALE -> level.getValue() == null ? null : BigDecimal.valueOf(level.getValue());
            case SCORE -> score.getValue();
        };
    }

    @Nullable
    BigDecimal target() {
        return switch (kind.getValue()) {
            case null -> null;
            case SCALE -> targetLevel.getValue() == null ? null : BigDecimal.valueOf(targetLevel.getValue());
            case SCORE -> norm.getValue();
        };
    }
}
