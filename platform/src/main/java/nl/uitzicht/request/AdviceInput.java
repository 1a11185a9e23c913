package nl.uitzicht.request;

import java.time.LocalDate;

/** What an expert fills in: their discipline (and which, for "other"), the advice, a recommendation, the date. */
public record AdviceInput(
        Discipline discipline,
        String disciplineOther,
        String advice,
        Recommendation recommendation,
        LocalDate givenOn) {}
