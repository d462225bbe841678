package eu.cinema.web.i18n;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as each language writes them (1 Feb 2024, 01.02.2024, 1. 2. 2024), for templates as
 * {@code ${@dates.date(value, #locale)}}. Instants are shown in UTC; the page says so beside them.
 */
@Component("dates")
public class LocalizedDates {

    public String date(TemporalAccessor value, Locale locale) {
        return value == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(value);
    }

    public String date(Instant value, Locale locale) {
        return value == null ? null : date(value.atZone(ZoneOffset.UTC).toLocalDate(), locale);
    }

    public String dateTime(Instant value, Locale locale) {
        return value == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(value.atZone(ZoneOffset.UTC));
    }
}
