package eu.cinema.translation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.AccountService;
import eu.cinema.account.CurrentUser;
import eu.cinema.common.Digests;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.Permission;
import eu.cinema.common.Refusals;
import eu.cinema.common.StaleEditException;

/**
 * Translations of the portal's content: the side-by-side sheet a translator edits, saving it, and the texts a reader
 * gets in their language. Which content exists, who may translate it and its originals come from the features
 * ({@link TranslatableContent}).
 */
@Service
@Transactional(readOnly = true)
public class TranslationService {

    private final Map<String, TranslatableContent> contents;
    private final ContentTranslationRepository translations;
    private final TranslationLanguages languages;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    TranslationService(List<TranslatableContent> contents, ContentTranslationRepository translations, TranslationLanguages languages,
            AccountService accounts, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.contents = contents.stream().collect(Collectors.toMap(TranslatableContent::type, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two features translate " + a.type());
        }, LinkedHashMap::new));
        this.translations = translations;
        this.languages = languages;
        this.accounts = accounts;
    }

    /** The kinds of content that can be translated, in the order the features were found. */
    public List<String> types() {
        return List.copyOf(contents.keySet());
    }

    public List<String> languages() {
        return languages.codes();
    }

    /** The item as its translators see it; unknown kinds, ids and items the person asking may not see are not found. */
    public TranslatableItem item(String type, long id) {
        return content(type).find(id).orElseThrow(() -> new NotFoundException(type, id));
    }

    TranslatableContent content(String type) {
        TranslatableContent content = contents.get(type);
        if (content == null) {
            throw new NotFoundException("content type", type);
        }
        return content;
    }

    /** The texts of an item beside their translations into {@code lang}, for someone who may translate it. */
    public TranslationSheet sheet(String type, long id, String lang) {
        TranslatableItem item = translatableItem(type, id, lang);
        Map<String, ContentTranslation> existing = existing(item, lang);
        Map<Long, String> translators = accounts.displayNamesById(existing.values().stream().map(ContentTranslation::getTranslatedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<TranslationSheet.Row> rows = new ArrayList<>();
        for (OriginalText original : translatableTexts(item, lang)) {
            ContentTranslation translation = existing.get(original.field());
            rows.add(translation == null ? new TranslationSheet.Row(original, null, false, null, null)
                    : new TranslationSheet.Row(original, translation.getText(), translation.isOutdatedFor(original.text()),
                            translators.get(translation.getTranslatedBy()), translation.getTranslatedAt()));
        }
        return new TranslationSheet(item, lang, rows);
    }

    /**
     * Saves an item's translations into {@code lang}, field by field: a text replaces the translation, a blank one
     * removes it. {@code seen} holds, per field, the translation as the form showed it ({@link TranslationSheet.Row#seen()});
     * if someone saved another since, nothing is saved. The originals are never touched.
     */
    @Transactional
    public void save(String type, long id, String lang, Map<String, String> texts, Map<String, String> seen) {
        TranslatableItem item = translatableItem(type, id, lang);
        Map<String, ContentTranslation> existing = existing(item, lang);
        List<OriginalText> originals = translatableTexts(item, lang);
        for (OriginalText original : originals) {
            ContentTranslation translation = existing.get(original.field());
            String current = translation == null ? null : translation.getText();
            if (texts.containsKey(original.field())
                    && !TranslationSheet.Row.seen(current).equals(seen.getOrDefault(original.field(), ""))) {
                throw new StaleEditException("translation.error.stale", type, id);
            }
        }
        Refusals refusals = new Refusals();
        for (OriginalText original : originals) {
            String text = texts.get(original.field());
            refusals.when(text != null && text.strip().length() > original.maxLength(),
                    () -> new TranslationRuleException("translation.error.tooLong", original.field(), original.maxLength()));
        }
        refusals.throwIfAny();
        Long translator = CurrentUser.require().getAccountId();
        for (OriginalText original : originals) {
            if (texts.containsKey(original.field())) {
                put(item, original, lang, texts.get(original.field()), existing.get(original.field()), translator);
            }
        }
    }

    /** Writes one translation; a blank text removes it, an unchanged one keeps its translator and date. */
    void put(TranslatableItem item, OriginalText original, String lang, String text, ContentTranslation translation, Long translator) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            if (translation != null) {
                translations.delete(translation);
            }
            return;
        }
        if (translation != null && translation.getText().equals(wanted) && !translation.isOutdatedFor(original.text())) {
            return;
        }
        ContentTranslation written = translation != null ? translation
                : new ContentTranslation(item.type(), item.id(), original.field(), lang);
        written.translate(wanted, original.text(), translator, Instant.now());
        translations.save(written);
    }

    /** The item's texts that can be translated into {@code lang}: those written, and not written in it. */
    static List<OriginalText> translatableTexts(TranslatableItem item, String lang) {
        return item.texts().stream().filter(text -> !text.isEmpty() && !text.lang().equals(lang)).toList();
    }

    private Map<String, ContentTranslation> existing(TranslatableItem item, String lang) {
        return translations.findByContentTypeAndContentIdInAndLang(item.type(), List.of(item.id()), lang).stream()
                .collect(Collectors.toMap(ContentTranslation::getField, Function.identity()));
    }

    private TranslatableItem translatableItem(String type, long id, String lang) {
        requireOffered(lang);
        TranslatableItem item = item(type, id);
        Permission.require(item.mayTranslate(), "Not a translator of " + type + " " + id);
        return item;
    }

    void requireOffered(String lang) {
        if (!languages.codes().contains(lang)) {
            throw new TranslationRuleException("translation.error.language", "lang", lang);
        }
    }

    /** The texts of one item for a reader of {@code readerLang}: one query. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalizedTexts localize(String type, long id, List<OriginalText> originals, String readerLang) {
        return localizeAll(type, Map.of(id, originals), readerLang, false).get(id);
    }

    /**
     * As {@link #localize}, for texts that are not the item's current ones (an earlier version of a plan): only
     * translations made from exactly these texts are shown, none made from another version.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalizedTexts localizeExactly(String type, long id, List<OriginalText> originals, String readerLang) {
        return localizeAll(type, Map.of(id, originals), readerLang, true).get(id);
    }

    /** The texts of the items of a list page for a reader of {@code readerLang}, by id: one query for all of them. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public <T> Map<Long, LocalizedTexts> localizeAll(String type, Collection<T> items, Function<T, Long> id,
            Function<T, List<OriginalText>> texts, String readerLang) {
        Map<Long, List<OriginalText>> originals = new LinkedHashMap<>();
        items.forEach(item -> originals.put(id.apply(item), texts.apply(item)));
        return localizeAll(type, originals, readerLang, false);
    }

    /**
     * Every page that shows content reads here: one plain statement, without a transaction or entities of its own (a
     * read-only transaction around it cost a page a third more CPU; docs/performance.md, "Translations").
     */
    private Map<Long, LocalizedTexts> localizeAll(String type, Map<Long, List<OriginalText>> originals, String readerLang,
            boolean exactly) {
        Map<Long, List<Found>> byItem = originals.isEmpty() ? Map.of() : jdbc.sql("""
                        SELECT content_id, field, lang, text, source_digest FROM content_translation
                        WHERE content_type = :type AND content_id IN (:ids)""")
                .param("type", type).param("ids", originals.keySet())
                .query((rs, row) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .stream().collect(Collectors.groupingBy(Found::contentId));
        Map<Long, LocalizedTexts> localized = new HashMap<>();
        originals.forEach((id, texts) -> localized.put(id, localized(texts, byItem.getOrDefault(id, List.of()), readerLang, exactly)));
        return localized;
    }

    /** A translation as a reader's page needs it. */
    private record Found(long contentId, String field, String lang, String text, String sourceDigest) {

        boolean isOutdatedFor(String original) {
            return !sourceDigest.equals(Digests.sha256(original));
        }
    }

    private LocalizedTexts localized(List<OriginalText> originals, Collection<Found> found, String readerLang, boolean exactly) {
        Map<String, Found> inReaderLang = new HashMap<>();
        Map<String, List<String>> languagesByField = new HashMap<>();
        for (Found translation : found) {
            if (translation.lang().equals(readerLang)) {
                inReaderLang.put(translation.field(), translation);
            }
            languagesByField.computeIfAbsent(translation.field(), field -> new ArrayList<>()).add(translation.lang());
        }
        Map<String, LocalText> texts = new HashMap<>();
        List<String> complete = new ArrayList<>(languages.codes());
        for (OriginalText original : originals) {
            if (original.isEmpty()) {
                continue;
            }
            Found translation = original.lang().equals(readerLang) ? null : inReaderLang.get(original.field());
            boolean outdated = translation != null && translation.isOutdatedFor(original.text());
            if (exactly && outdated) {
                translation = null;
            }
            texts.put(original.field(), translation == null ? new LocalText(original.text(), original.lang(), false, false)
                    : new LocalText(translation.text(), readerLang, true, outdated));
            List<String> translatedInto = languagesByField.getOrDefault(original.field(), List.of());
            complete.removeIf(lang -> !lang.equals(original.lang()) && !translatedInto.contains(lang));
        }
        return new LocalizedTexts(readerLang, texts, complete);
    }
}
