package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    @ParameterizedTest
    @CsvSource({
            "Live 2019.03.29, 2019.03.29",
            "Live 2019-03-29, 2019.03.29",
            "Live 2023.07.xx, 2023.07.xx",
            "Live 20190329 set, 2019.03.29",
            "03-29-2019, 2019.03.29",
            "29.03.2019, 2019.03.29",
            "05-05-2019, 2019.05.05",
            "03-04-2019, 2019.xx.xx",
            "ultra2019 mainstage, 2019.xx.xx",
            "ASOT 900, ''",
    })
    void findsTheMostPreciseDate(String text, String expected) {
        assertEquals(expected, DateFinder.find(text).map(m -> m.date().format()).orElse(""));
    }

    @Test
    void selfResolvingDatesProveTheirOrder() {
        assertEquals(Optional.of(DateOrder.MONTH_FIRST), DateFinder.find("07-28-2018").flatMap(DateFinder::provenOrder));
        assertEquals(Optional.of(DateOrder.DAY_FIRST), DateFinder.find("28-07-2018").flatMap(DateFinder::provenOrder));
        assertEquals(Optional.empty(), DateFinder.find("07-08-2018").flatMap(DateFinder::provenOrder));
    }

    @Test
    void ambiguousDatesKeepBothNumbers() {
        DateMention mention = DateFinder.find("x-10-01-2015-y").orElseThrow();
        assertTrue(mention.ambiguous());
        assertEquals("2015.10.01", mention.readAs(DateOrder.MONTH_FIRST).format());
        assertEquals("2015.01.10", mention.readAs(DateOrder.DAY_FIRST).format());
        assertFalse(DateFinder.find("13-13-2015").orElseThrow().ambiguous(), "no month: only the year is read");
        assertEquals("2015.xx.xx", DateFinder.find("13-13-2015").orElseThrow().date().format());
    }
}
