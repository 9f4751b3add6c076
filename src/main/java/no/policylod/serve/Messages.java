package no.policylod.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the pages, in English, bokmål and nynorsk: one bundle a language
 * ({@code policylod/messages/messages_{en,nb,nn}.properties}, UTF-8), read once, and the ways dates, numbers and
 * amounts of money are written in each. Templates reach it through {@code t('key')} and the filters of
 * {@link Templates}; Java code through {@link #of}.
 *
 * <pre>
 * Messages nn = Messages.of(ReaderLanguage.NYNORSK);
 * nn.text("nav.home");                                  // "Framside"
 * nn.text("search.count", 3);                           // "{0}" replaced by "3"
 * nn.date("2026-12-03");                                // "3. desember 2026"
 * Messages.of(ReaderLanguage.ENGLISH).money(new BigDecimal("38200000"), "NOK");   // "NOK 38.2 million"
 * </pre>
 *
 * <p>A message's {@code {0}}, {@code {1}} ... are replaced by the arguments, numbers written in the language's
 * format; nothing else in a message is special (an apostrophe is an apostrophe). Every key is in every bundle, as
 * {@code MessagesTest} checks; a key that is missing anyway is shown as itself.
 */
public final class Messages {

    /** The classpath folder of the bundles. */
    public static final String FOLDER = "policylod/messages";

    private static final Map<ReaderLanguage, Messages> ALL = load();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");
    private static final BigDecimal[] STEPS = {new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6")};
    private static final String[] SCALES = {"trillion", "billion", "million"};

    private final ReaderLanguage language;
    private final Map<String, String> texts;

    private Messages(ReaderLanguage language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The messages of a language. */
    public static Messages of(ReaderLanguage language) {
        return ALL.get(language);
    }

    public ReaderLanguage language() {
        return language;
    }

    /** Every key of this bundle, sorted. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /** A message, if the bundle has it. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** A message with its arguments filled in; the key itself when the bundle lacks it. */
    public String text(String key, Object... args) {
        String text = texts.getOrDefault(key, key);
        if (args.length == 0) {
            return text;
        }
        Matcher m = ARGUMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? argument(args[i]) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private String argument(Object value) {
        return value instanceof Number n ? number(n) : String.valueOf(value);
    }

    /** A day as people read it: "3 December 2026", "3. desember 2026"; the text itself when it is no date. */
    public String date(String iso) {
        if (iso == null || iso.length() < 10) {
            return iso;
        }
        try {
            return date(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A day as people read it. */
    public String date(LocalDate day) {
        return text("format.date", String.valueOf(day.getDayOfMonth()), text("month." + day.getMonthValue()),
                String.valueOf(day.getYear()));
    }

    /**
     * A time as written in the data ({@code 2024-05-01T10:00:00Z}) as people read it, in its own offset: "1 May
     * 2024, 10:00 UTC", "1. mai 2024 kl. 10.00 UTC"; a plain day as {@link #date(String)}.
     */
    public String dateTime(String iso) {
        if (iso == null || !iso.contains("T")) {
            return date(iso);
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            String zone = t.getOffset().equals(ZoneOffset.UTC) ? text("format.utc") : "UTC" + t.getOffset().getId();
            String time = t.format(DateTimeFormatter.ofPattern(text("format.time")));
            return text("format.dateTime", date(t.toLocalDate()), time + " " + zone);
        } catch (DateTimeParseException e) {
            return date(iso);
        }
    }

    /**
     * A page snapshot in words: where it was read from and the day it was retrieved, "regjeringen.no/en/x/, retrieved
     * 3 December 2026". The source is the page's address without {@code https://www.}; a page file kept without its
     * address (a source that is no web address, or none) is named by its file name.
     *
     * @param source   the snapshot's {@code prov:wasDerivedFrom}, or null
     * @param time     its {@code prov:generatedAtTime} as written, or null
     * @param fileName its {@code pl:fileName}, or null
     */
    public String snapshot(String source, String time, String fileName) {
        String where = source != null && source.matches("(?i)https?://.*")
                ? source.replaceFirst("(?i)^https?://(www\\.)?", "")
                : text("snapshot.pageFile", fileName == null ? "" : fileName).strip();
        return time == null ? text("snapshot.nameUndated", where) : text("snapshot.name", where, date(time));
    }

    /** A number with the language's digit grouping and decimal mark, at most two decimals: "38,200,000.5". */
    public String number(Number value) {
        return number(value, 2);
    }

    /** A number with the language's digit grouping and decimal mark, rounded to at most so many decimals. */
    public String number(Number value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(text("format.group").charAt(0));
        symbols.setDecimalSeparator(text("format.decimal").charAt(0));
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
    }

    /**
     * An amount of money in words, three significant digits from a million up: "NOK 38.2 million", "NOK 5,5
     * milliardar"; below a million in full: "NOK 150,000".
     */
    public String money(BigDecimal value, String currency) {
        for (int i = 0; i < STEPS.length; i++) {
            if (value.abs().compareTo(STEPS[i]) >= 0) {
                BigDecimal scaled = value.divide(STEPS[i]).round(new MathContext(3)).stripTrailingZeros();
                String word = text("money." + SCALES[i] + (scaled.compareTo(BigDecimal.ONE) == 0 ? ".one" : ".other"));
                return text("money.scaled", currency, number(scaled), word);
            }
        }
        return text("money.plain", currency, number(value.setScale(0, RoundingMode.HALF_EVEN)));
    }

    /** A size in bytes as people read it: "812 bytes", "7.7 kB", "77 kB", "1.2 MB" (decimal units). */
    public String bytes(long bytes) {
        if (bytes < 1000) {
            return text("format.bytes", bytes);
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return number(BigDecimal.valueOf(value), value < 10 ? 1 : 0) + " " + units[unit];
    }

    /** A power of ten as a short axis label: "100M", "1B", "10T" in English; smaller ones in full. */
    public String axis(double value) {
        BigDecimal v = BigDecimal.valueOf(value);
        for (int i = 0; i < STEPS.length; i++) {
            if (v.compareTo(STEPS[i]) >= 0) {
                return text("money.axis." + SCALES[i], number(v.divide(STEPS[i]).round(new MathContext(3))));
            }
        }
        return number(v.setScale(0, RoundingMode.HALF_EVEN));
    }

    private static Map<ReaderLanguage, Messages> load() {
        Map<ReaderLanguage, Messages> all = new EnumMap<>(ReaderLanguage.class);
        for (ReaderLanguage language : ReaderLanguage.values()) {
            all.put(language, new Messages(language, read(language)));
        }
        return all;
    }

    /** The bundle of a language as a sorted map. */
    static Map<String, String> read(ReaderLanguage language) {
        String path = FOLDER + "/messages_" + language.tag() + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return java.util.Collections.unmodifiableMap(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
