package no.policylod.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated snapshot before it is written: its lines with what each is (so that a later snapshot of the same page
 * can add or drop an entry, or change an amount), its address and when it was taken.
 *
 * @param variation what makes the page differ from its template (later snapshots' edits use it too)
 * @param rows      the page's lines, in order
 * @param retrieved when this snapshot was taken
 */
record Draft(Template template, PageVariation variation, List<Row> rows, String url, LocalDate retrieved) {

    /**
     * A line of the page, its amounts, dates and document numbers marked.
     *
     * @param entry the listing entry the line belongs to ({@code -1}: none); lines of one entry share a number
     */
    record Row(Fragment line, Template.Role role, int entry) {
        String text() {
            return line.text();
        }
    }

    Draft {
        rows = List.copyOf(rows);
    }

    Draft with(List<Row> newRows, LocalDate newRetrieved) {
        return new Draft(template, variation, newRows, url, newRetrieved);
    }

    /** The page file's text: the lines joined, cut at the source page's length where the source was cut. */
    String text() {
        StringBuilder out = new StringBuilder(template.cutAt() > 0 ? template.cutAt() + 16 : 2048);
        for (int i = 0; i < rows.size(); i++) {
            out.append(i == 0 ? "" : "\n").append(rows.get(i).text());
        }
        int cut = template.cutAt();
        if (cut > 0 && out.length() > cut) {
            int at = Character.isHighSurrogate(out.charAt(cut - 1)) ? cut - 1 : cut;
            return out.substring(0, at).stripTrailing();
        }
        return out.toString();
    }
}
