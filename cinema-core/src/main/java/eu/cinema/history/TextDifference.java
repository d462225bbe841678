package eu.cinema.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Two versions of a text as one run of kept, removed and added words, so that a reader sees the words that changed
 * inside a paragraph instead of two paragraphs side by side.
 */
public final class TextDifference {

    /** Words, runs of white space and single other characters: punctuation changes stay small. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\s+|.", Pattern.DOTALL);

    public enum Kind {
        KEPT,
        REMOVED,
        ADDED
    }

    public record Segment(Kind kind, String text) {
    }

    private TextDifference() {
    }

    /** The segments in reading order; a removal comes before the addition that replaces it. */
    public static List<Segment> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Change change : changes(old, now)) {
            append(segments, Kind.KEPT, old.subList(position, change.oldFrom()));
            append(segments, Kind.REMOVED, old.subList(change.oldFrom(), change.oldTo()));
            append(segments, Kind.ADDED, now.subList(change.newFrom(), change.newTo()));
            position = change.oldTo();
        }
        append(segments, Kind.KEPT, old.subList(position, old.size()));
        return segments;
    }

    /** A replaced stretch of tokens: [from, to) in the old text and in the new. */
    private record Change(int oldFrom, int oldTo, int newFrom, int newTo) {
    }

    /**
     * The differences, with neighbours that only a space separates joined: "old red house" to "new blue house"
     * reads as one replaced phrase, not as two words replaced with a kept space between them.
     */
    private static List<Change> changes(List<String> old, List<String> now) {
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            Change change = new Change(delta.getSource().getPosition(), delta.getSource().getPosition() + delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().getPosition() + delta.getTarget().size());
            int last = changes.size() - 1;
            if (last >= 0 && onlySpaces(old.subList(changes.get(last).oldTo(), change.oldFrom()))) {
                change = new Change(changes.get(last).oldFrom(), change.oldTo(), changes.get(last).newFrom(), change.newTo());
                changes.remove(last);
            }
            changes.add(change);
        }
        return changes;
    }

    private static boolean onlySpaces(List<String> tokens) {
        return tokens.stream().allMatch(String::isBlank);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    private static void append(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
