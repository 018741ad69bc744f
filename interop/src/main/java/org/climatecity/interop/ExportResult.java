package org.climatecity.interop;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, and what of the document it could not write in the format, each with the reason. Immutable
 * and thread-safe.
 *
 * @param files the files written, in order, not null
 * @param skipped what was not written and why, not null
 * @since 0.1.0
 */
public record ExportResult(List<Path> files, List<String> skipped) {

    /**
     * Creates a result.
     *
     * @param files the files, not null
     * @param skipped the reasons, not null
     */
    public ExportResult {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
