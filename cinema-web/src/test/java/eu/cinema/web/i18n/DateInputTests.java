package eu.cinema.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates in forms as each interface language writes them, the ISO form understood in all, nothing else taken for a date. */
class DateInputTests {

    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2024, 12, 31);

    private final DateInput dates = new DateInput();

    @Test
    void eachLanguageShowsADateItsOwnWay() {
        assertThat(dates.print(NEW_YEARS_EVE, Locale.GERMAN)).isEqualTo("31.12.2024");
        assertThat(dates.print(NEW_YEARS_EVE, Locale.forLanguageTag("ro"))).isEqualTo("31.12.2024");
        assertThat(dates.print(NEW_YEARS_EVE, Locale.forLanguageTag("sk"))).isEqualTo("31. 12. 2024");
        assertThat(dates.print(NEW_YEARS_EVE, Locale.forLanguageTag("sr-Latn"))).isEqualTo("31. 12. 2024.");
        assertThat(dates.print(NEW_YEARS_EVE, Locale.ENGLISH)).as("never month first").isEqualTo("2024-12-31");
    }

    @Test
    void whatALanguageShowsIsReadBackAsTypedWithOrWithoutSpacesAndLeadingZeros() throws ParseException {
        assertThat(dates.parse("31.12.2024", Locale.GERMAN)).isEqualTo(NEW_YEARS_EVE);
        assertThat(dates.parse(" 1.6.2021 ", Locale.GERMAN)).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(dates.parse("31. 12. 2024", Locale.forLanguageTag("sl"))).isEqualTo(NEW_YEARS_EVE);
        assertThat(dates.parse("31.12.2024", Locale.forLanguageTag("sk"))).isEqualTo(NEW_YEARS_EVE);
        assertThat(dates.parse("31. 12. 2024.", Locale.forLanguageTag("sr-Latn"))).isEqualTo(NEW_YEARS_EVE);
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("bg")}) {
            assertThat(dates.parse("2024-12-31", language)).as("ISO in %s", language).isEqualTo(NEW_YEARS_EVE);
        }
    }

    @Test
    void whatIsNoDateIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> dates.parse("12/31/2024", Locale.ENGLISH)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("31.12.2024", Locale.ENGLISH)).as("a dotted date in English").isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("31.02.2024", Locale.GERMAN)).as("no 31 February").isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("2024-13-01", Locale.GERMAN)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> dates.parse("yesterday", Locale.GERMAN)).isInstanceOf(ParseException.class);
    }
}
