package nl.uitzicht.duoimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.uitzicht.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** DUO's CSV files: either delimiter, UTF-8 with or without BOM or Windows-1252, quoted fields. */
class CsvTableTest {

    private static CsvTable read(String text, Charset charset) {
        return CsvTable.read(new DuoFile("f.csv", text.getBytes(charset)));
    }

    private static String problem(byte[] bytes) {
        return catchThrowableOfType(InvalidInput.class, () -> CsvTable.read(new DuoFile("f.csv", bytes)))
                .messageKey();
    }

    @Test
    void semicolonsAndAWindows1252FileAreRecognised() {
        CsvTable t = read(
                "BRIN NUMMER;GEMEENTENAAM\n12AB;'S-GRAVENHAGE\n34CD;Súdwest-Fryslân\n",
                Charset.forName("windows-1252"));
        assertThat(t.delimiter).isEqualTo(';');
        assertThat(t.charset.name()).isEqualTo("windows-1252");
        assertThat(t.rows).hasSize(2);
        assertThat(CsvTable.value(t.rows.get(1), "GEMEENTENAAM")).isEqualTo("Súdwest-Fryslân");
        assertThat(t.rows.getFirst().line()).isEqualTo(2);
    }

    @Test
    void commasQuotesAndAByteOrderMark() {
        CsvTable t = read("\uFEFFBrin_Nummer,Naam\n12AB,\"School, de Regenboog\"\n", StandardCharsets.UTF_8);
        assertThat(t.delimiter).isEqualTo(',');
        assertThat(t.charset).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.column("BRIN NUMMER")).contains("Brin_Nummer");
        assertThat(CsvTable.value(t.rows.getFirst(), "Naam")).isEqualTo("School, de Regenboog");
    }

    @Test
    void columnNamesMatchIgnoringCaseSpacesAndUnderscores() {
        assertThat(CsvTable.normalize("  brin_nummer  ")).isEqualTo("BRIN NUMMER");
        CsvTable t = read("VESTIGINGSNUMMER;Brin Nummer\n01;12AB\n", StandardCharsets.UTF_8);
        assertThat(t.column("VESTIGING", "VESTIGINGSNUMMER")).contains("VESTIGINGSNUMMER");
        assertThat(t.column("PLAATSNAAM")).isEmpty();
        assertThat(t.has(List.of("brin_nummer", "vestigingsnummer"))).isTrue();
        assertThat(t.has(List.of("brin nummer", "gemeente"))).isFalse();
    }

    @Test
    void aShortRowHasEmptyValuesAndIsIncomplete() {
        CsvTable t = read("A;B;C\n1;2\n", StandardCharsets.UTF_8);
        CsvTable.Row row = t.rows.getFirst();
        assertThat(CsvTable.value(row, "C")).isEmpty();
        assertThat(CsvTable.complete(row, "A", "B")).isTrue();
        assertThat(CsvTable.complete(row, "A", "C")).isFalse();
    }

    @Test
    void unusableFilesGetTheirOwnMessage() {
        assertThat(problem(new byte[0])).isEqualTo("admin.duo.error.empty");
        assertThat(problem("\n\nA;B\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("admin.duo.error.empty");
        assertThat(problem("alleen tekst\nzonder scheiding\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("admin.duo.error.notCsv");
        assertThat(problem(new byte[] {'P', 'K', 3, 4, 0, 0, ';'})).isEqualTo("admin.duo.error.notCsv");
    }
}
