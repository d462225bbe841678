package eu.cinema.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * A comment's words as parts to render with {@code th:text} ({@code @commentText}): web addresses become links only
 * where the consultation's editors allow links, and no part is ever markup.
 */
@Component("commentText")
public class CommentText {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");

    /** A run of text, or a link when {@code href} is set. */
    public record Part(String text, String href) {

        public boolean isLink() {
            return href != null;
        }
    }

    public List<Part> parts(String text, boolean linksAllowed) {
        if (!linksAllowed) {
            return List.of(new Part(text, null));
        }
        List<Part> parts = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            if (address.start() > from) {
                parts.add(new Part(text.substring(from, address.start()), null));
            }
            parts.add(new Part(address.group(), address.group()));
            from = address.end();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), null));
        }
        return parts;
    }
}
