package phaze.path;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a volume compares names. SMB/NTFS and default APFS ignore case (and APFS ignores the
 * normalisation form); ext4, XFS and ZFS by default compare exact bytes.
 */
public enum VolumeCase {
    SENSITIVE,
    INSENSITIVE;

    /**
     * The key under which this volume considers two names the same. Case folding uses upper- then
     * lower-casing so that "Straße" and "STRASSE" meet, as APFS and Samba's folding do.
     */
    public String key(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (this == SENSITIVE) {
            return nfc;
        }
        return nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
