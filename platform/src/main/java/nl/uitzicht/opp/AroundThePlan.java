package nl.uitzicht.opp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.uitzicht.pupil.PupilSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What was recorded around one version of a plan, gathered for a rater ({@link RaterDossier}): consent,
 * the pupil's words, monitoring and evaluations. Pseudonymising is one rule for all of it: the pupil's name and
 * the names of everyone recorded around the plan (staff who wrote the records, parents who answered, parents
 * on whose account the pupil wrote) come out of every free text, and no record carries its author.
 */
@Component
class AroundThePlan {

    private final ConversationRows conversations;
    private final ObservationRows observations;
    private final EvaluationRows evaluations;
    private final ParentConsentRows consents;
    private final PupilWordRows words;
    private final Clock clock;

    AroundThePlan(
            ConversationRows conversations,
            ObservationRows observations,
            EvaluationRows evaluations,
            ParentConsentRows consents,
            PupilWordRows words,
            Clock clock) {
        this.conversations = conversations;
        this.observations = observations;
        this.evaluations = evaluations;
        this.consents = consents;
        this.words = words;
        this.clock = clock;
    }

    RaterDossier dossier(Opp opp, OppContent content, PupilSummary pupil, boolean identified) {
        int versionNo = content.versionNo();
        List<Conversation> talks = conversations.findByOppIdOrderByHeldOnDescRecordedAtDesc(opp.getId()).stream()
                .map(ConversationRecord::view)
                .filter(c -> c.versionNo() == versionNo)
                .toList();
        List<Observation> notes = observations.findByOppIdOrderByObservedOnDescRecordedAtDesc(opp.getId()).stream()
                .map(ObservationRecord::view)
                .filter(o -> o.versionNo() == versionNo)
                .toList();
        List<Evaluation> held = evaluations.findByOppIdOrderByVersionNoDesc(opp.getId()).stream()
                .map(EvaluationRecord::view)
                .filter(e -> e.versionNo() <= versionNo)
                .toList();
        String hash = HandelingsdeelHash.of(content.handelingsdeel());
        List<ParentConsent> answers = consents.findByOppIdOrderByGivenAtDesc(opp.getId()).stream()
                .map(c -> c.view(hash))
                .filter(c -> c.versionNo() == versionNo)
                .toList();
        List<PupilWord> said = words.findByOppIdOrderByWrittenAtDesc(opp.getId()).stream()
                .map(PupilWordRecord::view)
                .filter(w -> w.versionNo() == versionNo)
                .toList();
        UnaryOperator<String> text = identified
                ? UnaryOperator.identity()
                : scrubber(Stream.of(
                                Stream.of(pupil.name()),
                                talks.stream().map(Conversation::recordedBy),
                                notes.stream().map(Observation::recordedBy),
                                held.stream().map(Evaluation::recordedBy),
                                answers.stream().map(ParentConsent::parentName),
                                said.stream().map(PupilWord::viaName))
                        .flatMap(s -> s)
                        .toList());
        OppReviewCopy copy = OppReviewCopies.copy(opp, content.mapText(text), pupil, identified);
        return new RaterDossier(
                copy,
                versionNo,
                opp.getCurrentVersionNo(),
                talks.stream()
                        .map(c -> new RaterDossier.ConsentTalk(
                                c.heldOn(),
                                text.apply(c.participants()),
                                text.apply(c.discussed()),
                                c.outcome(),
                                text.apply(c.parentsRemarks())))
                        .toList(),
                answers.stream()
                        .map(a -> new RaterDossier.DigitalConsent(
                                day(a.givenAt()),
                                a.outcome(),
                                text.apply(a.reason()),
                                a.withdrawnAt() == null ? null : day(a.withdrawnAt()),
                                a.current()))
                        .toList(),
                said.stream()
                        .map(w -> new RaterDossier.PupilSaid(day(w.writtenAt()), w.goalKey(), text.apply(w.body())))
                        .toList(),
                notes.stream()
                        .map(o -> new RaterDossier.Monitored(
                                o.observedOn(),
                                o.goalKey(),
                                o.interventionKey(),
                                text.apply(o.note()),
                                o.measurement()))
                        .toList(),
                GoalCourses.of(content.handelingsdeel().goals(), notes),
                held.stream()
                        .map(e -> new RaterDossier.Evaluated(
                                e.versionNo(),
                                e.evaluatedOn(),
                                text.apply(e.pupilView()),
                                text.apply(e.parentsView()),
                                e.decision(),
                                e.goals().stream()
                                        .map(g -> new GoalEvaluation(
                                                g.goalKey(), g.result(), text.apply(g.explanation())))
                                        .toList()))
                        .toList(),
                wordCount(copy.content()));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    /** One scrubber for several names: each name and its parts, as {@link NameScrubber} takes out one. */
    static UnaryOperator<String> scrubber(List<@Nullable String> names) {
        List<NameScrubber> scrubbers = names.stream()
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .map(NameScrubber::new)
                .toList();
        return s -> {
            String result = s;
            for (NameScrubber scrubber : scrubbers) {
                result = scrubber.scrub(result);
            }
            return result;
        };
    }

    /** The words of every text of the plan's content: what the printed plan is made of. */
    static int wordCount(OppContent content) {
        List<String> texts = new ArrayList<>();
        content.mapText(t -> {
            texts.add(t);
            return t;
        });
        return texts.stream()
                .filter(t -> !t.isBlank())
                .mapToInt(t -> t.trim().split("\\s+").length)
                .sum();
    }
}
