package phaze.path;

/**
 * A destination that satisfies every {@link PathRule}: a folder relative to the library root
 * ("" for the root itself) and a file name whose extension is the original one.
 */
public record LegalPath(String folder, String fileName) {

    public LegalPath {
        if (folder == null || fileName == null || fileName.isEmpty()) {
            throw new IllegalArgumentException("folder and file name are required");
        }
    }

    /** "folder/fileName", or just the file name for the root folder. */
    public String relativePath() {
        return folder.isEmpty() ? fileName : folder + "/" + fileName;
    }
}
