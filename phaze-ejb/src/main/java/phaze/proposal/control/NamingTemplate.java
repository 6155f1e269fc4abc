package phaze.proposal.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layout template in the beets/Picard spirit, kept deliberately small:
 * {@code {field}} inserts a {@link NameField}; {@code [ ... ]} is an optional section, written only
 * when every field directly inside it has a value (sections nest); {@code \[ \] \{ \}} are literals.
 * Example: {@code {artist} - Live[ @ {event}][ {stage}][ {date}]}. Immutable and thread-safe.
 */
public final class NamingTemplate {

    private sealed interface Node permits Literal, Field, Section {
    }

    private record Literal(String text) implements Node {
    }

    private record Field(NameField field) implements Node {
    }

    private record Section(List<Node> nodes) implements Node {
    }

    private final String source;
    private final List<Node> nodes;

    private NamingTemplate(String source, List<Node> nodes) {
        this.source = source;
        this.nodes = nodes;
    }

    /**
     * Compiles a template.
     *
     * @throws TemplateSyntaxException naming the position and the problem
     */
    public static NamingTemplate parse(String source) {
        int[] position = {0};
        List<Node> nodes = parseNodes(source, position, false);
        return new NamingTemplate(source, nodes);
    }

    public String source() {
        return source;
    }

    /** Every field the template can use. */
    public Set<NameField> fields() {
        Set<NameField> fields = EnumSet.noneOf(NameField.class);
        collect(nodes, fields);
        return fields;
    }

    /**
     * Renders with the given values; a missing required field renders as nothing. A '/' inside a
     * value is not a folder separator and becomes '-'.
     */
    public String render(Map<NameField, String> values) {
        StringBuilder out = new StringBuilder();
        render(nodes, values, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, Map<NameField, String> values, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Literal literal) {
                out.append(literal.text());
            } else if (node instanceof Field field) {
                String value = values.get(field.field());
                out.append(value == null ? "" : value.replace('/', '-').replace('\\', '-'));
            } else if (node instanceof Section section && complete(section.nodes(), values)) {
                render(section.nodes(), values, out);
            }
        }
    }

    private static boolean complete(List<Node> nodes, Map<NameField, String> values) {
        for (Node node : nodes) {
            if (node instanceof Field field) {
                String value = values.get(field.field());
                if (value == null || value.isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void collect(List<Node> nodes, Set<NameField> into) {
        for (Node node : nodes) {
            if (node instanceof Field field) {
                into.add(field.field());
            } else if (node instanceof Section section) {
                collect(section.nodes(), into);
            }
        }
    }

    private static List<Node> parseNodes(String source, int[] position, boolean inSection) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (position[0] < source.length()) {
            char c = source.charAt(position[0]);
            if (c == '\\' && position[0] + 1 < source.length()) {
                literal.append(source.charAt(position[0] + 1));
                position[0] += 2;
                continue;
            }
            if (c == ']') {
                if (!inSection) {
                    throw new TemplateSyntaxException(source, position[0], "']' without a matching '['");
                }
                flush(literal, nodes);
                position[0]++;
                return nodes;
            }
            position[0]++;
            if (c == '[') {
                flush(literal, nodes);
                nodes.add(new Section(parseNodes(source, position, true)));
            } else if (c == '{') {
                flush(literal, nodes);
                nodes.add(new Field(parseField(source, position)));
            } else if (c == '}') {
                throw new TemplateSyntaxException(source, position[0] - 1, "'}' without a matching '{'");
            } else {
                literal.append(c);
            }
        }
        if (inSection) {
            throw new TemplateSyntaxException(source, source.length(), "'[' is never closed with ']'");
        }
        flush(literal, nodes);
        return nodes;
    }

    private static NameField parseField(String source, int[] position) {
        int close = source.indexOf('}', position[0]);
        if (close < 0) {
            throw new TemplateSyntaxException(source, position[0] - 1, "'{' is never closed with '}'");
        }
        String name = source.substring(position[0], close);
        try {
            NameField field = NameField.fromPlaceholder(name);
            position[0] = close + 1;
            return field;
        } catch (IllegalArgumentException e) {
            throw new TemplateSyntaxException(source, position[0], "unknown field {" + name + "}; known: "
                    + java.util.Arrays.stream(NameField.values()).map(NameField::placeholder).toList());
        }
    }

    private static void flush(StringBuilder literal, List<Node> nodes) {
        if (literal.length() > 0) {
            nodes.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
