package nl.uitzicht.achterban;

import java.time.Clock;
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

/** The audience analysis of a trainer's achterban, and the unhelpful thoughts with answers. */
@Service
@Transactional(readOnly = true)
@TrainerOnly
public class Audience {

    /** The handout's example core message, offered as the placeholder. */
    public static final String EXAMPLE_KERNBOODSCHAP =
            "Dit OPP-project zorgt ervoor dat al onze leerlingen echt passend onderwijs krijgen.";

    /** The unhelpful thoughts the handout lists, offered as suggestions. */
    public static final List<String> HANDOUT_THOUGHTS = List.of(
            "Ik heb hier echt geen tijd voor.",
            "Dit komt er ook weer bij.",
            "Ik kan de 2e bijeenkomst niet.",
            "Ik breng alleen maar.",
            "Wij doen alles al goed.",
            "Ik kan de opdrachten niet maken.");

    private final AudienceAnalyses analyses;
    private final UnhelpfulThoughts thoughts;
    private final Clock clock;

    Audience(AudienceAnalyses analyses, UnhelpfulThoughts thoughts, Clock clock) {
        this.clock = clock;
        this.analyses = analyses;
        this.thoughts = thoughts;
    }

    public AudienceView analysisOf(@CallerId UUID trainerId) {
        return analyses.ofTrainer(trainerId)
                .map(AudienceAnalysis::view)
                .orElse(new AudienceView(AudienceDraft.EMPTY, -1));
    }

    @Transactional
    public AudienceView save(@CallerId UUID trainerId, long version, AudienceDraft draft) {
        Checks.throwIfAny(draft.errors());
        AudienceAnalysis analysis = analyses.ofTrainer(trainerId).orElse(null);
        if (analysis == null) {
            if (version != -1) {
                throw new ChangedMeanwhileException("Audience analysis");
            }
            analysis = new AudienceAnalysis(trainerId);
        } else if (analysis.getVersion() != version) {
            throw new ChangedMeanwhileException("Audience analysis");
        }
        analysis.apply(draft);
        return analyses.saveAndFlush(analysis).view();
    }

    public List<ThoughtView> thoughtsOf(@CallerId UUID trainerId) {
        return thoughts.ofTrainer(trainerId).stream()
                .map(UnhelpfulThought::view)
                .toList();
    }

    @Transactional
    public ThoughtView addThought(@CallerId UUID trainerId, @Nullable String thought, @Nullable String answer) {
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.required(errors, "thought", thought, 300);
        Checks.maxLength(errors, "answer", answer, 1000);
        Checks.throwIfAny(errors);
        return thoughts.save(new UnhelpfulThought(trainerId, thought, answer, clock.instant()))
                .view();
    }

    @Transactional
    public ThoughtView answer(@CallerId UUID trainerId, UUID thoughtId, long version, @Nullable String answer) {
        UnhelpfulThought thought = own(trainerId, thoughtId);
        if (thought.getVersion() != version) {
            throw new ChangedMeanwhileException("Thought");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Checks.maxLength(errors, "answer", answer, 1000);
        Checks.throwIfAny(errors);
        thought.answer(answer);
        return thoughts.saveAndFlush(thought).view();
    }

    @Transactional
    public void removeThought(@CallerId UUID trainerId, UUID thoughtId) {
        thoughts.delete(own(trainerId, thoughtId));
    }

    private UnhelpfulThought own(UUID trainerId, UUID id) {
        UnhelpfulThought thought = thoughts.findById(id).orElseThrow(() -> new ChangedMeanwhileException("Thought"));
        if (!thought.getTrainerId().equals(trainerId)) {
            throw new NotYoursException("Thought");
        }
        return thought;
    }
}
