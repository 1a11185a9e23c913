package nl.uitzicht.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.uitzicht.access.CallerId;
import nl.uitzicht.access.RegionAdminOnly;
import nl.uitzicht.access.TrainerOnly;
import nl.uitzicht.access.TrainerOrRegionAdmin;
import nl.uitzicht.trainer.ChangedMeanwhileException;
import nl.uitzicht.trainer.Checks;
import nl.uitzicht.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's two-year train-the-trainer programme: a calendar the region admin edits (it starts
 * as the handout's schedule), each trainer's attendance, the questionnaire after each meeting with
 * the feedback loop, and the aggregate the region admin sees per meeting.
 */
@Service
@Transactional
@TrainerOrRegionAdmin
public class Programme {

    private final ProgrammeMeetings meetings;
    private final Attendances attendances;
    private final ProgrammeResponses responses;
    private final Clock clock;

    Programme(ProgrammeMeetings meetings, Attendances attendances, ProgrammeResponses responses, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.attendances = attendances;
        this.responses = responses;
    }

    /** The calendar in order; the first time, the handout's schedule is put in place. */
    public List<MeetingView> calendar() {
        List<ProgrammeMeeting> all = meetings.ordered();
        if (all.isEmpty()) {
            List<MeetingDraft> defaults = HandoutSchedule.meetings();
            for (int i = 0; i < defaults.size(); i++) {
                meetings.save(new ProgrammeMeeting(i + 1, defaults.get(i)));
            }
            all = meetings.ordered();
        }
        return all.stream().map(ProgrammeMeeting::view).toList();
    }

    @RegionAdminOnly
    public MeetingView addMeeting(MeetingDraft draft) {
        Checks.throwIfAny(draft.errors());
        int next = calendar().stream().mapToInt(MeetingView::position).max().orElse(0) + 1;
        return meetings.saveAndFlush(new ProgrammeMeeting(next, draft)).view();
    }

    @RegionAdminOnly
    public MeetingView changeMeeting(UUID meetingId, long version, MeetingDraft draft) {
        ProgrammeMeeting meeting =
                meetings.findById(meetingId).orElseThrow(() -> new ChangedMeanwhileException("Meeting"));
        if (meeting.getVersion() != version) {
            throw new ChangedMeanwhileException("Meeting");
        }
        Checks.throwIfAny(draft.errors());
        meeting.apply(draft);
        return meetings.saveAndFlush(meeting).view();
    }

    @RegionAdminOnly
    public void removeMeeting(UUID meetingId) {
        meetings.findById(meetingId).ifPresent(meetings::delete);
    }

    @Transactional(readOnly = true)
    @TrainerOnly
    public Set<UUID> attendedBy(@CallerId UUID trainerId) {
        return attendances.ofTrainer(trainerId).stream()
                .map(Attendance::getMeetingId)
                .collect(Collectors.toSet());
    }

    @TrainerOnly
    public void markAttended(@CallerId UUID trainerId, UUID meetingId, boolean attended) {
        requireMeeting(meetingId);
        Optional<Attendance> existing = attendances.of(trainerId, meetingId);
        if (attended && existing.isEmpty()) {
            attendances.save(new Attendance(meetingId, trainerId));
        } else if (!attended) {
            existing.ifPresent(attendances::delete);
        }
    }

    @Transactional(readOnly = true)
    @TrainerOnly
    public Map<UUID, ResponseView> responsesOf(@CallerId UUID trainerId) {
        return responses.ofTrainer(trainerId).stream()
                .collect(Collectors.toMap(ProgrammeResponse::getMeetingId, ProgrammeResponse::view));
    }

    /** Saves (or replaces) the trainer's questionnaire for a meeting. */
    @TrainerOnly
    public ResponseView answer(
            @CallerId UUID trainerId,
            UUID meetingId,
            @Nullable Integer usefulness,
            @Nullable String learned,
            @Nullable String forProjectGroup) {
        requireMeeting(meetingId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (usefulness == null || usefulness < 1 || usefulness > 5) {
            errors.put("usefulness", "programme.validation.usefulness");
        }
        Checks.maxLength(errors, "learned", learned, 2000);
        Checks.maxLength(errors, "forProjectGroup", forProjectGroup, 2000);
        Checks.throwIfAny(errors);
        ProgrammeResponse response =
                responses.of(trainerId, meetingId).orElseGet(() -> new ProgrammeResponse(meetingId, trainerId));
        response.answer(usefulness, learned, forProjectGroup, clock.instant());
        return responses.saveAndFlush(response).view();
    }

    /** Per meeting: how many attended and answered, the average usefulness, the answers without names. */
    @Transactional(readOnly = true)
    @RegionAdminOnly
    public List<MeetingSummary> regionOverview() {
        Map<UUID, Long> attended = attendances.findAll().stream()
                .collect(Collectors.groupingBy(Attendance::getMeetingId, Collectors.counting()));
        Map<UUID, List<ProgrammeResponse>> answered =
                responses.findAll().stream().collect(Collectors.groupingBy(ProgrammeResponse::getMeetingId));
        List<MeetingSummary> result = new ArrayList<>();
        for (ProgrammeMeeting m : meetings.ordered()) {
            List<ProgrammeResponse> rs = answered.getOrDefault(m.getId(), List.of());
            double average = rs.stream()
                    .mapToInt(ProgrammeResponse::getUsefulness)
                    .average()
                    .orElse(0);
            result.add(new MeetingSummary(
                    m.view(),
                    attended.getOrDefault(m.getId(), 0L).intValue(),
                    rs.size(),
                    average,
                    texts(rs, ProgrammeResponse::getForProjectGroup),
                    texts(rs, ProgrammeResponse::getLearned)));
        }
        return result;
    }

    private static List<String> texts(
            List<ProgrammeResponse> rs, java.util.function.Function<ProgrammeResponse, @Nullable String> field) {
        List<String> out = new ArrayList<>();
        for (ProgrammeResponse r : rs) {
            String text = field.apply(r);
            if (text != null) {
                out.add(text);
            }
        }
        out.sort(Comparator.comparing(String::toLowerCase));
        return out;
    }

    private void requireMeeting(UUID meetingId) {
        if (!meetings.existsById(meetingId)) {
            throw new InvalidInput("meeting", "programme.validation.unknownMeeting");
        }
    }
}
