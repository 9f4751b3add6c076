package no.policylod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new page's address: its own id where the converter reads the page id, a segment after the new title. */
class AddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a segment made from the title follows the title
        "https://www.regjeringen.no/en/aktuelt/more-bridges-for-the-north/id3000001/ | More bridges for the north"
            + " | Fewer ferries in the south | https://www.regjeringen.no/en/aktuelt/fewer-ferries-in-the-south/id4123456/",
        // a segment the site cut short is cut at the same length
        "https://www.regjeringen.no/no/aktuelt/flere-broer-i-nord-og-sor-og-ost/id3000001/ | Flere broer i nord og sør"
            + " og øst og vest | Færre ferjer på Vestlandet og i Nord | "
            + "https://www.regjeringen.no/no/aktuelt/faerre-ferjer-pa-vestlandet-og-i/id4123456/",
        // other segments, hosts and queries stay
        "https://host.example/en/dokumenter/meld.-st.-9-20202021/id3000001/?ch=2 | Ports | Harbours"
            + " | https://host.example/en/dokumenter/meld.-st.-9-20202021/id4123456/?ch=2",
        "https://www.regjeringen.no/id3000001.xhtml | Ports | Harbours | https://www.regjeringen.no/id4123456.xhtml",
        // a section's short id stays and the page's own follows it
        "https://www.regjeringen.no/no/id4/ | x | y | https://www.regjeringen.no/no/id4/id4123456/",
        // an address without an id in its path gets one
        "http://www.regjeringen.no/en/whatsnew/news.html?id=11 | x | y | http://www.regjeringen.no/en/whatsnew/news/id4123456/?id=11",
    })
    void newAddress(String url, String oldTitle, String newTitle, String expected) {
        assertEquals(expected, Addresses.of(url, oldTitle, newTitle, 4123456));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://x.example/no/dokumenter/prop.-118-s-20222023/id4000001/?ch=1 | 118 | 7"
            + " | https://x.example/no/dokumenter/prop.-7-s-20222023/id4000001/?ch=1",
        "https://x.example/no/dokumenter/nou-2023-17/id4000001/ | 17 | 3 | https://x.example/no/dokumenter/nou-2023-3/id4000001/",
        "https://x.example/dokumenter/stmeld-nr-2-2001-2002-/id4000001/ | 2 | 15"
            + " | https://x.example/dokumenter/stmeld-nr-15-2001-2002-/id4000001/",
    })
    void documentNumberInTheAddress(String url, String oldNumber, String newNumber, String expected) {
        assertEquals(expected, Addresses.renumbered(url, oldNumber, newNumber));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sjøfart på Svalbard | sjofart-pa-svalbard",
        "Norway’s ports – a plan | norways-ports---a-plan",
        "Høring - Ny forskrift om havner | horing---ny-forskrift-om-havner",
    })
    void slugs(String title, String slug) {
        assertEquals(slug, Addresses.slug(title));
    }
}
