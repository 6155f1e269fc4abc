package phaze.proposal.control;

import java.util.Locale;
import java.util.Set;

/** The many spellings of "Various Artists", and the one Phaze writes. */
public final class VariousArtists {

    public static final String NAME = "Various Artists";

    private static final Set<String> SPELLINGS = Set.of("various artists", "various", "va", "v.a.", "v/a",
            "varios artistas", "verschiedene interpreten", "artistes divers", "compilation");

    private VariousArtists() {
    }

    public static boolean matches(String artist) {
        return artist != null && SPELLINGS.contains(artist.strip().toLowerCase(Locale.ROOT));
    }
}
