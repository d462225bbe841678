package eu.cinema.web.i18n;

import java.math.BigDecimal;
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
}
