package nl.uitzicht.request;

import java.time.LocalDate;
import java.util.UUID;

/** An expert's advice on a request as shown to the case manager and the expert. */
public record Advice(
        UUID id,
        UUID expertAccountId,
        String expertName,
        Discipline discipline,
        String disciplineOther,
        String advice,
        Recommendation recommendation,
        LocalDate givenOn) {}
