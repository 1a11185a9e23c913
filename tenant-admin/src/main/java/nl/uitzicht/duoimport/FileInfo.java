package nl.uitzicht.duoimport;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * How a file was read: name, detected encoding and delimiter, number of data rows; for a locations
 * file also where the kind of school comes from: its own column ({@code typeColumn}), or the
 * {@code kind} given for the file. {@link #needsKind()} when it has neither: the import waits for
 * the administrator to say which kind the file is.
 */
public record FileInfo(
        String name,
        String encoding,
        String delimiter,
        int rows,
        boolean swvFile,
        @Nullable String typeColumn,
        @Nullable LocationKind kind)
        implements Serializable {

    static FileInfo of(CsvTable table, boolean swvFile, @Nullable String typeColumn, @Nullable LocationKind kind) {
        String encoding = table.charset.name().equals("UTF-8") ? "UTF-8" : "Latin-1 (Windows-1252)";
        return new FileInfo(
                table.fileName,
                encoding,
                String.valueOf(table.delimiter),
                table.rows.size(),
                swvFile,
                typeColumn,
                kind);
    }

    public boolean needsKind() {
        return !swvFile && typeColumn == null && kind == null;
    }
}
