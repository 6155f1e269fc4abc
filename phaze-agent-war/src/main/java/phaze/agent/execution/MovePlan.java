package phaze.agent.execution;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** What the precheck decided for one file: where its bytes are and how they will travel. */
record MovePlan(int index, FileMove move, Path source, String sourceOnDisk, Path destination, Route route,
                FileTime modified, FileTime changed) {

    enum Route {
        /** Same file system: a hard link at the destination, then the source name is removed. */
        LINK,
        /** Other file system (or no hard links): copy to a temporary file, verify, place, delete. */
        COPY,
        /** The destination already holds these exact bytes: only the source goes. */
        DUPLICATE,
        /** Case- or normalisation-only rename: two renames through a temporary name. */
        CASE_ONLY
    }

    MovePlan withRoute(Route other) {
        return new MovePlan(index, move, source, sourceOnDisk, destination, other, modified, changed);
    }

    /** The copy's temporary file, beside the destination; never at the final path. */
    Path partFile(String itemId) {
        return destination.resolveSibling(tempName(itemId, index, "part"));
    }

    /** The intermediate name of a case-only rename. */
    Path caseFile(String itemId) {
        return destination.resolveSibling(tempName(itemId, index, "case"));
    }

    static String tempName(String itemId, int index, String kind) {
        String safe = itemId.replaceAll("[^A-Za-z0-9_-]", "_");
        if (safe.length() > 64) {
            safe = safe.substring(0, 64);
        }
        return ".phaze-" + safe + "-" + index + "." + kind;
    }
}
