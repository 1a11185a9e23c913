package nl.uitzicht.programme;

/** The kinds of meetings in the two-year train-the-trainer programme. */
public enum MeetingKind {
    REGIONAL,
    TRAIN_THE_TRAINER,
    ONLINE_PRACTICE,
    RETURN
}
