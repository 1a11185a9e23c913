package nl.uitzicht.achterban;

/** A stakeholder as a buddy sees it: who and how far, never the trainer's notes or plans. */
public record SharedStakeholder(
        String name, StakeholderKind kind, StakeholderStatus status, Level influence, Level interest) {}
