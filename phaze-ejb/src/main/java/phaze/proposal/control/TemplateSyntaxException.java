package phaze.proposal.control;

/** A layout template an operator typed cannot be read; the message points at the problem. */
public class TemplateSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public TemplateSyntaxException(String template, int position, String problem) {
        super("Template '" + template + "' at position " + position + ": " + problem + ".");
        this.position = position;
    }

    public int position() {
        return position;
    }
}
