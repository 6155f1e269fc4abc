package phaze.path;

import java.nio.charset.StandardCharsets;

/**
 * Byte limits for destinations, measured in UTF-8 (what Linux, macOS and SMB servers count).
 *
 * <p>255 bytes per component is the common limit of ext4, XFS, Btrfs, APFS and ZFS. The total
 * limit defaults to 1024 bytes for root + relative path: macOS' PATH_MAX is 1024, and SMB clients on
 * macOS are the most restrictive we must serve (Linux allows 4096; Windows with long paths more).
 * See docs/adr/050-naming-path-safety.md.
 *
 * @param maxComponentBytes  bytes allowed in one file or folder name
 * @param maxTotalBytes      bytes allowed for the relative destination (root already subtracted)
 */
public record PathLimits(int maxComponentBytes, int maxTotalBytes) {

    public static final int COMPONENT_BYTES = 255;
    public static final int ABSOLUTE_PATH_BYTES = 1024;
    /** Room we always keep for a folder and a file name, however long the root is. */
    private static final int MIN_RELATIVE_BYTES = 64;

    public PathLimits {
        if (maxComponentBytes < 16 || maxTotalBytes < maxComponentBytes) {
            throw new IllegalArgumentException("limits too small: component " + maxComponentBytes
                    + ", total " + maxTotalBytes);
        }
    }

    /** Limits for a path whose root is not known yet: the whole absolute budget. */
    public static PathLimits defaults() {
        return new PathLimits(COMPONENT_BYTES, ABSOLUTE_PATH_BYTES);
    }

    /** Limits for a destination under {@code rootPath}: the root's bytes and one separator are subtracted. */
    public static PathLimits underRoot(String rootPath) {
        int rootBytes = rootPath.getBytes(StandardCharsets.UTF_8).length + 1;
        int total = Math.max(ABSOLUTE_PATH_BYTES - rootBytes, MIN_RELATIVE_BYTES);
        return new PathLimits(Math.min(COMPONENT_BYTES, total), total);
    }
}
