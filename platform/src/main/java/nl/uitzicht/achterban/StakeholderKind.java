package nl.uitzicht.achterban;

/** Who a stakeholder is: the handout's "personen / scholen / instellingen / organisaties". */
public enum StakeholderKind {
    PERSON,
    SCHOOL,
    INSTITUTION,
    ORGANISATION
}
