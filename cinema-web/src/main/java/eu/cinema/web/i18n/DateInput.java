package eu.cinema.web.i18n;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Dates typed into forms as the interface language writes them (31.12.2024 in German, Romanian and Bulgarian,
 * 31. 12. 2024 in Slovak and Slovene, 31. 12. 2024. in Serbian; English uses 2024-12-31, which no reader misreads as
 * month first), shown the same way in the form, with the ISO form understood in every language (links, tools, a form
 * sent from another language). A browser's own date field would write dates in the browser's language instead of the
 * interface's, so the forms use a text field with an example under it ({@code @dateInput} in templates).
 */
public class DateInput implements Formatter<LocalDate> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    /** Day, month, year with dots, once spaces and a closing dot are set aside: how every other language here types it. */
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, DateTimeFormatter> SHOWN = Map.of(
            "de", DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            "ro", DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            "bg", DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            "sk", DateTimeFormatter.ofPattern("d. M. uuuu"),
            "sl", DateTimeFormatter.ofPattern("d. M. uuuu"),
            "sr", DateTimeFormatter.ofPattern("d. M. uuuu."));

    @Override
    public String print(LocalDate date, Locale locale) {
        return SHOWN.getOrDefault(locale.getLanguage(), ISO).format(date);
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String typed = text.strip();
        try {
            if (ISO_SHAPE.matcher(typed).matches()) {
                return LocalDate.parse(typed, DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));
            }
            if (SHOWN.containsKey(locale.getLanguage())) {
                String dotted = typed.replaceAll("\\s+", "");
                return LocalDate.parse(dotted.endsWith(".") ? dotted.substring(0, dotted.length() - 1) : dotted, DOTTED);
            }
        } catch (DateTimeParseException notADate) {
            throw new ParseException(text, notADate.getErrorIndex());
        }
        throw new ParseException(text, 0);
    }

    /** Today as the form wants it, for the example under a date field. */
    public String example(Locale locale) {
        return print(LocalDate.now(), locale);
    }
}
