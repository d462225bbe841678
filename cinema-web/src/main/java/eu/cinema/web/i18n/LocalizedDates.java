package eu.cinema.web.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;

/**
 * Dates as each language writes them (1 Feb 2024, 01.02.2024, 1. 2. 2024), for templates as
 * {@code ${@dates.date(value, #locale)}}. Instants are shown in UTC; the page says so beside them.
 */
@Component("dates")
public class LocalizedDates {

    /*
     * ICU's formats cost more to make than to use (a chart's axis makes dozens) and are not thread-safe: one per
     * skeleton and language, used by one thread at a time. The languages are the portal's (bounded all the same).
     */
    private static final int FORMATS_KEPT = 1_000;
    private final Cache<SkeletonKey, DateFormat> skeletonFormats = Caffeine.newBuilder().maximumSize(FORMATS_KEPT).build();
    private final Cache<Locale, DateIntervalFormat> intervalFormats = Caffeine.newBuilder().maximumSize(FORMATS_KEPT).build();

    public String date(TemporalAccessor value, Locale locale) {
        return value == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(value);
    }

    public String date(Instant value, Locale locale) {
        return value == null ? null : date(value.atZone(ZoneOffset.UTC).toLocalDate(), locale);
    }

    /**
     * An instant as a {@code time} element's {@code datetime} reads it: ISO 8601 in whole seconds, since HTML allows at
     * most three digits of a second and PostgreSQL keeps six.
     */
    public String machine(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A month as a chart's axis names it: "Mar 2022", "März 2022", "mar. 2022". */
    public String monthYear(LocalDate value, Locale locale) {
        return format(DateFormat.YEAR_ABBR_MONTH, value, locale);
    }

    /** A quarter as each language names it: "Q3 2020". */
    public String quarter(LocalDate firstDay, Locale locale) {
        return format(DateFormat.YEAR_ABBR_QUARTER, firstDay, locale);
    }

    /** A period in words, each language's way: "1 January – 30 June 2022", "1. Januar – 30. Juni 2022". */
    public String period(LocalDate from, LocalDate to, Locale locale) {
        DateIntervalFormat format = intervalFormats.get(locale, language -> {
            DateIntervalFormat created = DateIntervalFormat.getInstance(DateFormat.YEAR_MONTH_DAY, language);
            created.setTimeZone(TimeZone.GMT_ZONE);
            return created;
        });
        DateInterval interval = new DateInterval(utcDate(from).getTime(), utcDate(to).getTime());
        synchronized (format) {
            return format.format(interval);
        }
    }

    private String format(String skeleton, LocalDate value, Locale locale) {
        DateFormat format = skeletonFormats.get(new SkeletonKey(skeleton, locale), key -> {
            DateFormat created = DateFormat.getInstanceForSkeleton(skeleton, locale);
            created.setTimeZone(TimeZone.GMT_ZONE);
            return created;
        });
        synchronized (format) {
            return format.format(utcDate(value));
        }
    }

    private static Date utcDate(LocalDate value) {
        return Date.from(value.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public String dateTime(Instant value, Locale locale) {
        return value == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(value.atZone(ZoneOffset.UTC));
    }

    private record SkeletonKey(String skeleton, Locale locale) {
    }
}
