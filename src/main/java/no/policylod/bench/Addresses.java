package no.policylod.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of a generated page: the source page's address with the generated page's own id ({@code idNNNNNNN},
 * the last id of the path, which is what the converter reads as the page id), and a last path segment that follows
 * the new title or document number where the source's followed its own. Host, sections and query stay, so the
 * converter's address rules read the new page as they read its source.
 *
 * <pre>
 * Addresses.of("https://www.regjeringen.no/en/aktuelt/norway-gives-more/id3000122/", "Norway gives more",
 *         "Sudan gives less", 4123456);   // https://www.regjeringen.no/en/aktuelt/sudan-gives-less/id4123456/
 * </pre>
 */
final class Addresses {

    private static final Pattern PAGE_ID = Pattern.compile("(?<![\\p{L}\\d])id(\\d+)(?!\\d)");
    private static final Pattern FILE_ENDING = Pattern.compile("\\.(?:x?html?|aspx?)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("['’‘\"“”«»]");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9.]");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");
    private static final int SECTION_ID_DIGITS = 2;
    private static final int SAME_START = 12;

    private Addresses() {
    }

    /**
     * The new address.
     *
     * @param oldTitle  the source page's title, if any
     * @param newTitle  the generated page's title, if any
     * @param pageId    the generated page's id number
     */
    static String of(String url, String oldTitle, String newTitle, int pageId) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String rest = query < 0 ? "" : url.substring(query);
        int hostEnd = path.indexOf('/', path.indexOf("://") + 3);
        if (hostEnd < 0) {
            return path + "/id" + pageId + "/" + rest;
        }
        String host = path.substring(0, hostEnd);
        return host + newPath(path.substring(hostEnd), oldTitle, newTitle, pageId) + rest;
    }

    /** The address with one document number's number replaced in its last named segment. */
    static String renumbered(String url, String oldNumber, String newNumber) {
        String path = url.split("\\?", 2)[0];
        Matcher id = lastId(path);
        int end = id == null ? path.length() : id.start();
        int start = url.lastIndexOf('/', Math.max(0, end - 2)) + 1;
        String segment = url.substring(start, end);
        String changed = segment.replaceFirst("(?<=[-.])" + Pattern.quote(oldNumber) + "(?=[-./]|$)", newNumber);
        return url.substring(0, start) + changed + url.substring(end);
    }

    private static String newPath(String path, String oldTitle, String newTitle, int pageId) {
        Matcher id = lastId(path);
        if (id == null) {
            String base = FILE_ENDING.matcher(path).replaceFirst("");
            return base + (base.endsWith("/") ? "" : "/") + "id" + pageId + "/";
        }
        String before = path.substring(0, id.start());
        String after = path.substring(id.end());
        if (id.group(1).length() <= SECTION_ID_DIGITS) {
            return before + id.group() + "/id" + pageId + after;
        }
        return titled(before, oldTitle, newTitle) + "id" + pageId + after;
    }

    /** The last page id of the path, found; null when there is none. */
    private static Matcher lastId(String path) {
        Matcher m = PAGE_ID.matcher(path);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last >= 0 && m.find(last) ? m : null;
    }

    /** The path before the id, its last segment made from the new title where the old one was made from the old. */
    private static String titled(String before, String oldTitle, String newTitle) {
        if (oldTitle == null || newTitle == null || !before.endsWith("/")) {
            return before;
        }
        int start = before.lastIndexOf('/', before.length() - 2) + 1;
        String segment = before.substring(start, before.length() - 1);
        String oldSlug = slug(oldTitle);
        int same = commonStart(oldSlug, segment.toLowerCase(Locale.ROOT));
        if (segment.isEmpty() || same < Math.min(SAME_START, segment.length())) {
            return before;
        }
        String newSlug = slug(newTitle);
        if (segment.length() < oldSlug.length() && newSlug.length() > segment.length()) {
            newSlug = newSlug.substring(0, segment.length());
        }
        return before.substring(0, start) + newSlug + "/";
    }

    /** The site's way of making an address from a title: lower case, ASCII, every other character a hyphen. */
    static String slug(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        t = MARKS.matcher(Normalizer.normalize(QUOTES.matcher(t).replaceAll(""), Normalizer.Form.NFD)).replaceAll("");
        return TRAILING_HYPHENS.matcher(NOT_SLUG.matcher(t).replaceAll("-")).replaceFirst("");
    }

    private static int commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
