package eu.cinema.legal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.web.PortalSettings;

/**
 * The administrators' texts of the legal pages, one per page and language. A reader whose language has none gets the
 * text in the portal's first language, said so on the page.
 */
@Service
@Transactional(readOnly = true)
public class LegalTexts {

    /** Longer than any imprint or privacy notice needs; the table holds no more. */
    public static final int MAX_LENGTH = 20_000;

    private static final Parser MARKDOWN = Parser.builder().build();
    /** Administrators write text, not markup: raw HTML is shown as written, and only safe link schemes survive. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final JdbcClient jdbc;
    private final List<Locale> languages;

    LegalTexts(JdbcClient jdbc, PortalSettings settings) {
        this.jdbc = jdbc;
        this.languages = settings.languages();
    }

    /** The text for a reader of {@code language}: theirs, else the one in the portal's first language, else none. */
    public Optional<LegalText> forReader(LegalPage page, Locale language) {
        Optional<Locale> reader = language(language.toLanguageTag());
        return reader.flatMap(theirs -> in(page, theirs)).or(() -> in(page, languages.get(0)));
    }

    /** One of the portal's languages by its tag ({@code sr-Latn}), or by its language alone ({@code de-AT}). */
    private Optional<Locale> language(String tag) {
        Locale asked = Locale.forLanguageTag(tag);
        return languages.stream().filter(candidate -> candidate.toLanguageTag().equalsIgnoreCase(tag)).findFirst()
                .or(() -> languages.stream().filter(candidate -> candidate.getLanguage().equals(asked.getLanguage())).findFirst());
    }

    /** The text exactly in {@code language}, for its editor. */
    public Optional<LegalText> in(LegalPage page, Locale language) {
        return jdbc.sql("SELECT body, updated_at FROM legal_text WHERE page = :page AND language = :language")
                .param("page", page.name()).param("language", language.toLanguageTag())
                .query((row, number) -> {
                    String body = row.getString("body");
                    return new LegalText(language, body, html(body), row.getTimestamp("updated_at").toInstant());
                })
                .optional();
    }

    /**
     * Saves the page's text in one of the portal's languages ({@link #language}); an empty text removes it, so that
     * readers get the fallback.
     */
    @Transactional
    @AdministratorsOnly
    public void save(LegalPage page, Locale written, String body) {
        String text = body == null ? "" : body.strip();
        if (text.length() > MAX_LENGTH) {
            throw new LegalTextTooLongException(MAX_LENGTH);
        }
        if (text.isEmpty()) {
            jdbc.sql("DELETE FROM legal_text WHERE page = :page AND language = :language")
                    .param("page", page.name()).param("language", written.toLanguageTag()).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO legal_text (page, language, body, updated_at, updated_by) VALUES (:page, :language, :body, :now, :by)
                ON CONFLICT (page, language) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""")
                .param("page", page.name()).param("language", written.toLanguageTag()).param("body", text)
                .param("now", Timestamp.from(Instant.now())).param("by", CurrentUser.require().getAccountId()).update();
    }

    /** The page's own title is its only first-level heading: the administrator's start at the second level. */
    private static String html(String source) {
        Node document = MARKDOWN.parse(source);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel()));
                visitChildren(heading);
            }
        });
        return HTML.render(document);
    }
}
