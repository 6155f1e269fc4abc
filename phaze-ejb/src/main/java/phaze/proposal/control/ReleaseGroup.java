package phaze.proposal.control;

import java.util.Locale;

/** A scene release group ("TALiON", "OMA"): the tag at the end of a scene name. Compared case-insensitively. */
public record ReleaseGroup(String name) {

    public ReleaseGroup {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a release group needs a name");
        }
    }

    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseGroup group && group.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
