package nl.uitzicht.retention;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.uitzicht.schoolyear.RetentionTerm;
import org.jspecify.annotations.Nullable;

/**
 * What the retention job deletes (the dry run) or deleted (the run) on {@code today} under the region's
 * {@code term}: pupil files, and OPPs uploaded into scoring rounds that closed that long ago; and when it last ran.
 */
public record RetentionReport(
        LocalDate today,
        RetentionTerm term,
        List<ExpiredFile> files,
        List<ExpiredUpload> uploads,
        @Nullable Instant lastRunAt)
        implements Serializable {

    public RetentionReport {
        files = List.copyOf(files);
        uploads = List.copyOf(uploads);
    }

    public long opps() {
        return files.stream().filter(ExpiredFile::isOpp).count();
    }

    public long pupils() {
        return files.size() - opps();
    }
}
