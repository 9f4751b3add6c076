package no.policylod.convert.page;

import java.util.List;
import java.util.Optional;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.PageHints;

/**
 * What the page-kind rules look at: the page's blocks, its header, its title, its address and its markup hints.
 *
 * @param blocks    the page's blocks
 * @param header    its metadata lines
 * @param title     where its title and number stand
 * @param pageTitle its title (the markup's, else the text's)
 * @param url       its address, if known
 * @param hints     what its markup states
 * @param scan      the entry shapes its blocks show
 */
record PageEvidence(List<Block> blocks, PageHeader header, PageTitle title, Optional<String> pageTitle,
                    Optional<String> url, PageHints hints, EntryScan scan) {

    /** The kind the address names, if it names one. */
    Optional<DocClass> addressKind() {
        return url.flatMap(PageKinds::fromUrl);
    }

    /** The kind the page states: its markup's type label, its header's, its document number's. */
    Optional<DocClass> statedKind() {
        return hints.typeLabel().flatMap(l -> no.policylod.convert.extract.TypeLabels.get().classOf(l))
                .or(() -> header.docClass).or(() -> title.identifierClass);
    }
}
