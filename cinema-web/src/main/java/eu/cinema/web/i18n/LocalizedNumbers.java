package eu.cinema.web.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Figures as the reader's language writes them ({@code @figures} in templates): a count without decimals ("7", not
 * "7.00"), a fraction with the decimals it has, digits grouped ("185.000" in Romanian).
 */
@Component("figures")
public class LocalizedNumbers {

    public String of(BigDecimal value, Locale locale) {
        return value == null ? null : NumberFormat.getNumberInstance(locale).format(value.stripTrailingZeros());
    }

    /** A file's size as people read it: "820 kB", "1,4 MB" (decimal units, one decimal above a megabyte). */
    public String fileSize(long bytes, Locale locale) {
        if (bytes < 1000) {
            return of(BigDecimal.valueOf(bytes), locale) + " B";
        }
        if (bytes < 1_000_000) {
            return of(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP), locale) + " kB";
        }
        return of(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP), locale) + " MB";
    }
}
