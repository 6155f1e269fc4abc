package phaze.path;

/**
 * The extension of a file name: the text after the last dot, unless that dot starts the name
 * (".nfo" alone is a hidden file without extension). Kept exactly, including its case.
 */
public record FileExtension(String value) {

    public static final FileExtension NONE = new FileExtension("");

    public FileExtension {
        if (value == null) {
            throw new IllegalArgumentException("extension must not be null; use FileExtension.NONE");
        }
        if (value.startsWith(".")) {
            value = value.substring(1);
        }
    }

    public static FileExtension of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return NONE;
        }
        return new FileExtension(fileName.substring(dot + 1));
    }

    /** The file name without this extension and its dot. */
    public static String stemOf(String fileName) {
        FileExtension extension = of(fileName);
        return extension.isNone() ? fileName : fileName.substring(0, fileName.length() - extension.value.length() - 1);
    }

    public boolean isNone() {
        return value.isEmpty();
    }

    /** ".flac", or "" when there is no extension. */
    public String suffix() {
        return isNone() ? "" : "." + value;
    }
}
