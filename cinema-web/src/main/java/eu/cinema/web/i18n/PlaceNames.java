package eu.cinema.web.i18n;

import java.text.Collator;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.ibm.icu.text.Transliterator;

/**
 * Place names as readers of each script read them ({@code @placeNames} in templates): in a Latin-script interface a
 * Cyrillic name comes in Latin letters with the original beside it ("Gabrovo (Габрово)"); in a Cyrillic-script
 * interface (Bulgarian) a Latin name comes in Cyrillic with the original beside it ("Кошице (Košice)").
 */
@Component("placeNames")
public class PlaceNames {

    /** A transliterator is not safe to share between threads: each use holds its lock, for the few letters of a name. */
    private static final Transliterator TO_CYRILLIC = Transliterator.getInstance("Latin-Cyrillic");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Cyrillic-Latin");

    /**
     * {@code name} as the reader of {@code language} reads it; {@code latinName} is the name's own Latin form where the
     * reference data has one (the English name of a Cyrillic city), which is better than a transliteration.
     */
    public String of(String name, String latinName, Locale language) {
        if (name == null || name.isBlank()) {
            return name;
        }
        boolean cyrillicName = isCyrillic(name);
        if (readsCyrillic(language) == cyrillicName) {
            return name;
        }
        String other;
        if (cyrillicName) {
            other = latinName != null && !latinName.isBlank() && !isCyrillic(latinName) ? latinName : latin(name);
        } else {
            other = cyrillic(name);
        }
        return other.equals(name) ? name : other + " (" + name + ")";
    }

    public String of(String name, Locale language) {
        return of(name, null, language);
    }

    /** Countries by their ISO codes, named in {@code language}, in alphabetical order and separated as a list is. */
    public String countries(Collection<String> codes, Locale language) {
        Collator order = Collator.getInstance(language);
        return codes.stream().map(code -> country(code, language)).sorted(order).collect(Collectors.joining(", "));
    }

    /** A country by its ISO code, named in {@code language}; the code itself for one nobody names. */
    public String country(String code, Locale language) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isBlank() ? code : name;
    }

    private static String latin(String name) {
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(name);
        }
    }

    private static String cyrillic(String name) {
        synchronized (TO_CYRILLIC) {
            return TO_CYRILLIC.transliterate(name);
        }
    }

    static boolean readsCyrillic(Locale language) {
        return "bg".equals(language.getLanguage()) || "Cyrl".equals(language.getScript());
    }

    static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.CYRILLIC);
    }
}
