package nl.uitzicht.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record MeetingView(
        UUID id,
        int position,
        MeetingKind kind,
        String title,
        @Nullable String topics,
        String schoolYear,
        @Nullable String period,
        @Nullable String hours,
        @Nullable LocalDate heldOn,
        long version) {

    public List<String> topicLines() {
        return topics == null
                ? List.of()
                : topics.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public MeetingDraft toDraft() {
        return new MeetingDraft(kind, title, topics, schoolYear, period, hours, heldOn);
    }
}
