package nl.uitzicht.achterban;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.TrainerOnly;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.Checks;
import nl.uitzicht.trainer.NotYoursException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SWOT of the OPP practice in a trainer's achterban, as an editable board of notes. */
@Service
@Transactional(readOnly = true)
@TrainerOnly
public class SwotBoard {

    private final SwotItems items;
    private final Clock clock;

    SwotBoard(SwotItems items, Clock clock) {
        this.clock = clock;
        this.items = items;
    }

    /** The board: every quadrant present, in order, each with its notes in the order they were written. */
    public Map<SwotQuadrant, List<SwotItemView>> boardOf(@CallerId UUID trainerId) {
        Map<SwotQuadrant, List<SwotItemView>> board = new EnumMap<>(SwotQuadrant.class);
        for (SwotQuadrant q : SwotQuadrant.values()) {
            board.put(q, new java.util.ArrayList<>());
        }
        items.ofTrainer(trainerId).forEach(i -> board.get(i.view().quadrant()).add(i.view()));
        return board;
    }

    @Transactional
    public SwotItemView add(@CallerId UUID trainerId, @Nullable SwotQuadrant quadrant, @Nullable String text) {
        check(quadrant, text);
        return items.save(new SwotItem(trainerId, quadrant, text, clock.instant()))
                .view();
    }

    @Transactional
    public SwotItemView change(
            @CallerId UUID trainerId,
            UUID itemId,
            long version,
            @Nullable SwotQuadrant quadrant,
            @Nullable String text) {
        SwotItem item = own(trainerId, itemId);
        if (item.getVersion() != version) {
            throw new ChangedMeanwhileException("SWOT item");
        }
        check(quadrant, text);
        item.change(quadrant, text);
        return items.saveAndFlush(item).view();
    }

    @Transactional
    public void remove(@CallerId UUID trainerId, UUID itemId) {
        items.delete(own(trainerId, itemId));
    }

    private static void check(@Nullable SwotQuadrant quadrant, @Nullable String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.present(errors, "quadrant", quadrant);
        Checks.required(errors, "text", text, 300);
        Checks.throwIfAny(errors);
    }

    private SwotItem own(UUID trainerId, UUID itemId) {
        SwotItem item = items.findById(itemId).orElseThrow(() -> new ChangedMeanwhileException("SWOT item"));
        if (!item.getTrainerId().equals(trainerId)) {
            throw new NotYoursException("SWOT item");
        }
        return item;
    }
}
