package eu.cinema.legal;

import java.util.Arrays;
import java.util.Optional;

/** The pages every public portal in the EU owes, each at its own address and linked from the footer. */
public enum LegalPage {
    PRIVACY("privacy"),
    LEGAL_NOTICE("legal-notice"),
    CONTACT("contact"),
    ACCESSIBILITY("accessibility");

    private final String slug;

    LegalPage(String slug) {
        this.slug = slug;
    }

    /** The page's address without its slash: {@code /privacy}, {@code /legal-notice}. */
    public String getSlug() {
        return slug;
    }

    public static Optional<LegalPage> bySlug(String slug) {
        return Arrays.stream(values()).filter(page -> page.slug.equals(slug)).findFirst();
    }
}
