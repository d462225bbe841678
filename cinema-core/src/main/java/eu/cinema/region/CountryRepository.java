package eu.cinema.region;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryRepository extends JpaRepository<Country, String> {

    /** The partnership's countries, which filters and the partners' forms offer. */
    List<Country> findByPartnershipTrueOrderByNameEn();

    /** Every country, by its name in the reader's language, for what may lie anywhere (an imported register's sites). */
    default List<Country> allByName(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return findAll().stream().sorted(Comparator.comparing((Country country) -> country.displayName(locale), order)).toList();
    }
}
