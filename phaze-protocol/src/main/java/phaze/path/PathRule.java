package phaze.path;

/**
 * The rules a destination must satisfy to be legal on Linux, macOS and SMB/Windows volumes at once.
 * Each carries the advice a user needs to fix an edited name by hand.
 */
public enum PathRule {
    EMPTY("is empty", "give it a name"),
    ABSOLUTE("is absolute", "use a path relative to the library root, without a leading '/', '\\' or drive letter"),
    PARENT_REFERENCE("is '.' or '..'", "remove it: destinations must stay inside the library root"),
    RESERVED_CHARACTER("contains a character reserved on SMB/Windows (< > : \" / \\ | ? *)", "replace or remove it"),
    CONTROL_CHARACTER("contains a control, bidi-override or unpaired surrogate character", "remove it"),
    RESERVED_NAME("is a reserved Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9)", "add a word to it"),
    TRAILING_DOT_OR_SPACE("ends with a dot or a space", "remove the trailing dots and spaces"),
    NOT_NFC("is not in Unicode NFC form", "re-type it or let Phaze normalise it"),
    COMPONENT_TOO_LONG("is longer than the per-component byte limit", "shorten it"),
    PATH_TOO_LONG("makes the whole path longer than the total byte limit", "shorten the folder or file name"),
    ESCAPES_ROOT("resolves outside the library root", "use a path inside the library root"),
    EXTENSION_CHANGED("changes the file extension", "keep the original extension exactly");

    private final String problem;
    private final String advice;

    PathRule(String problem, String advice) {
        this.problem = problem;
        this.advice = advice;
    }

    public String problem() {
        return problem;
    }

    public String advice() {
        return advice;
    }
}
