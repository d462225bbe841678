package eu.cinema.follow;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one follows: a kind and the thing's key (an id, or a map layer's name), written {@code plan:3} in addresses
 * and forms.
 */
public record FollowTarget(Kind kind, String key) {

    /** The kinds of thing one can follow. */
    public enum Kind {
        PLAN, PILOT, SITE, CITY, LAYER
    }

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern NAME = Pattern.compile("[a-z]{1,20}");

    public FollowTarget {
        if (kind == null || key == null || !(kind == Kind.LAYER ? NAME : ID).matcher(key).matches()) {
            throw new FollowRuleException("follow.error.target", "target");
        }
    }

    public static FollowTarget of(Kind kind, Object key) {
        return new FollowTarget(kind, String.valueOf(key));
    }

    /** The target written as {@link #toString()} does; anything else is refused with a message. */
    public static FollowTarget parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new FollowRuleException("follow.error.target", "target");
        }
        try {
            return new FollowTarget(Kind.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT)), text.substring(colon + 1));
        } catch (IllegalArgumentException unknownKind) {
            throw new FollowRuleException("follow.error.target", "target");
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ':' + key;
    }
}
