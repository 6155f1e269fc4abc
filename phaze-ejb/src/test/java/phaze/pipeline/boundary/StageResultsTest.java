package phaze.pipeline.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StageResultsTest {

    @Test
    void nulPaddingFromTagFramesIsDroppedBeforeItReachesPostgres() {
        assertEquals("Lavf59.27.100", StageResults.storable("Lavf59.27.100\0\0"));
        assertEquals("Sigur Rós", StageResults.storable("Sigur Rós"));
        assertNull(StageResults.storable(null));
    }
}
