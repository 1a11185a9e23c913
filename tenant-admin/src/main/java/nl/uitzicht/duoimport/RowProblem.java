package nl.uitzicht.duoimport;

import java.io.Serializable;
import java.util.List;

/**
 * One bad row: the file, the line number (the header is line 1), the column, and why, as a
 * message key with its parameters (Dutch text in the UI bundle).
 */
public record RowProblem(String file, long line, String column, String messageKey, List<String> params)
        implements Serializable {

    public RowProblem {
        params = List.copyOf(params);
    }

    static RowProblem of(String file, long line, String column, String messageKey, String... params) {
        return new RowProblem(file, line, column, messageKey, List.of(params));
    }
}
