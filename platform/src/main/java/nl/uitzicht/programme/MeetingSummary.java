package nl.uitzicht.programme;

import java.util.List;

/**
 * One meeting as the region admin sees it: attendance and the questionnaire aggregated, the
 * feedback-loop answers without names, in alphabetical order.
 */
public record MeetingSummary(
        MeetingView meeting,
        int attended,
        int responses,
        double averageUsefulness,
        List<String> forProjectGroup,
        List<String> learned) {

    public MeetingSummary {
        forProjectGroup = List.copyOf(forProjectGroup);
        learned = List.copyOf(learned);
    }
}
