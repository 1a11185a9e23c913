package nl.uitzicht.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What the uploader sees before confirming: the text as raters will read it, with the masks marked, the extra
 * terms they added, and the version to confirm. Never shown to anyone else.
 */
public record UploadPreview(
        UUID id,
        UUID roundId,
        OppFileKind kind,
        int fileSize,
        MaskedText masked,
        List<String> extraTerms,
        boolean confirmed,
        long version)
        implements Serializable {

    public UploadPreview {
        extraTerms = List.copyOf(extraTerms);
    }
}
