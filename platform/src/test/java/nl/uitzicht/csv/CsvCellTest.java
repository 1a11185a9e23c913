package nl.uitzicht.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one helper every CSV writer uses against formula injection. */
class CsvCellTest {

    @Test
    void everyFormulaStartIsPrefixedWithAQuote() {
        assertThat(CsvCell.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvCell.text("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(CsvCell.text("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvCell.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCell.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCell.text("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(CsvCell.text("De Regenboog")).isEqualTo("De Regenboog");
        assertThat(CsvCell.text("< 5")).isEqualTo("< 5");
        assertThat(CsvCell.text("a=b")).as("only the first character counts").isEqualTo("a=b");
        assertThat(CsvCell.text("")).isEmpty();
        assertThat(CsvCell.text("'=already quoted")).isEqualTo("'=already quoted");
    }

    @Test
    void numbersWrittenAsNumbersStayNumbersTextDoesNot() {
        assertThat(CsvCell.value(-3)).isEqualTo(-3);
        assertThat(CsvCell.value(new BigDecimal("-1.5"))).isEqualTo(new BigDecimal("-1.5"));
        assertThat(CsvCell.value(true)).isEqualTo(true);
        assertThat(CsvCell.value(null)).isNull();
        assertThat(CsvCell.value("-3"))
                .as("a number the writer only has as text")
                .isEqualTo("'-3");
        assertThat(CsvCell.value(new StringBuilder("=1+1"))).isEqualTo("'=1+1");
    }
}
