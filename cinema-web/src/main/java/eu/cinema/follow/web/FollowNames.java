package eu.cinema.follow.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.cinema.follow.FollowTarget;
import eu.cinema.follow.Followable;
import eu.cinema.web.i18n.PlaceNames;

/**
 * What pages and letters call a followed thing ({@code @followNames} in templates): the interface's name for a map
 * layer, a city's name in the reader's script, a plan's or pilot's own title.
 */
@Component("followNames")
public class FollowNames {

    private final MessageSource texts;
    private final PlaceNames places;

    FollowNames(MessageSource texts, PlaceNames places) {
        this.texts = texts;
        this.places = places;
    }

    public String of(Followable followed, Locale language) {
        if (followed.titleKey() != null) {
            return texts.getMessage(followed.titleKey(), null, language);
        }
        return followed.target().kind() == FollowTarget.Kind.CITY ? places.of(followed.title(), language) : followed.title();
    }
}
