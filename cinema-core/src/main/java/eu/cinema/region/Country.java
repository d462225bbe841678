package eu.cinema.region;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A country by its ISO 3166-1 alpha-2 code; its name in any language comes from the JDK. */
@Entity
public class Country {

    @Id
    private String code;

    private String nameEn;

    /** One of the partnership's countries, which the portal's filters and partners' forms offer. */
    private boolean partnership;

    protected Country() {
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isPartnership() {
        return partnership;
    }

    public String displayName(Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
