package phaze.protocol;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ScanScopeTest {

    @Test
    void normalisesSubpath() {
        assertEquals("a/b", new ScanScope("/music", "./a//b/").subpath());
        assertEquals("", new ScanScope("/music", null).subpath());
        assertEquals("Ba\u0308r".length() - 1, new ScanScope("/m", "Ba\u0308r").subpath().length(), "NFC composes");
    }

    @Test
    void refusesTraversalAndAbsolutePaths() {
        for (String bad : new String[] {"..", "a/../../etc", "/etc", "C:\\Windows", "a\\..\\b", "a\u0001b"}) {
            assertThrows(ScanScope.InvalidScanScopeException.class, () -> new ScanScope("/music", bad), bad);
        }
    }

    @Test
    void needsARoot() {
        assertThrows(ScanScope.InvalidScanScopeException.class, () -> new ScanScope(" ", "a"));
    }
}
