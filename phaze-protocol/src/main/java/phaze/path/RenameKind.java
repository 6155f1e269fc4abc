package phaze.path;

import java.text.Normalizer;

/**
 * What kind of change a rename is. A case-only or normalisation-only rename needs the agent to go
 * through a temporary name on a case-insensitive volume, where a direct rename is a no-op or fails
 * with "already exists".
 */
public enum RenameKind {
    /** Identical strings: nothing to do. */
    NONE,
    /** Differs only in the Unicode normalisation form (NFD from macOS vs NFC). */
    NORMALIZATION_ONLY,
    /** Differs only in letter case (and maybe normalisation), e.g. "bicep - atlas" to "Bicep - Atlas". */
    CASE_ONLY,
    /** A real rename. */
    DIFFERENT;

    public static RenameKind of(String before, String after) {
        if (before.equals(after)) {
            return NONE;
        }
        String nfcBefore = Normalizer.normalize(before, Normalizer.Form.NFC);
        String nfcAfter = Normalizer.normalize(after, Normalizer.Form.NFC);
        if (nfcBefore.equals(nfcAfter)) {
            return NORMALIZATION_ONLY;
        }
        return VolumeCase.INSENSITIVE.key(before).equals(VolumeCase.INSENSITIVE.key(after)) ? CASE_ONLY : DIFFERENT;
    }

    /** True when old and new name the same entry on a case-insensitive volume. */
    public static boolean isCaseOnlyRename(String before, String after) {
        RenameKind kind = of(before, after);
        return kind == CASE_ONLY || kind == NORMALIZATION_ONLY;
    }
}
