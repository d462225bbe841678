package eu.cinema.changes.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import eu.cinema.account.AccountRole;
import eu.cinema.account.AccountService;
import eu.cinema.actor.ActorKind;
import eu.cinema.history.HistoryEntry;
import eu.cinema.partner.HelixSegment;
import eu.cinema.partner.PartnerKind;
import eu.cinema.partner.PartnerRole;
import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.pilot.reporting.ReportState;
import eu.cinema.plan.ActionIndicator;
import eu.cinema.plan.ActionStatus;
import eu.cinema.plan.FundingSource;
import eu.cinema.plan.PlanState;
import eu.cinema.privacy.SqlPersonalData;
import eu.cinema.recommendation.RecommendationLevel;
import eu.cinema.recommendation.RecommendationTopic;
import eu.cinema.roadmap.RoadmapTheme;
import eu.cinema.site.Ownership;
import eu.cinema.site.Publication;
import eu.cinema.site.SiteCondition;
import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteStatus;
import eu.cinema.site.Vacancy;
import eu.cinema.web.i18n.LocalizedDates;
import eu.cinema.web.i18n.LocalizedNumbers;
import eu.cinema.web.i18n.PlaceNames;

/**
 * Every history and comparison in words a reader knows ({@code @historyView} in templates): fields by the labels
 * their forms use, enum values and references by their names in the interface language, places as coordinates with
 * a link to the map, long texts as marked words. One component, so that no page shows a code, an id or a key.
 */
@Component("historyView")
public class HistoryView {

    /** Where each entity's form keeps its field labels; {@code field.*} holds those that several forms share. */
    private static final Map<String, List<String>> LABEL_PREFIXES = Map.ofEntries(
            Map.entry("Site", List.of("site.field.")),
            Map.entry("Pilot", List.of("pilot.field.")),
            Map.entry("Milestone", List.of("pilot.field.")),
            Map.entry("Indicator", List.of("pilot.field.")),
            Map.entry("ProgressUpdate", List.of("pilot.field.")),
            Map.entry("IndicatorValue", List.of("pilot.field.")),
            Map.entry("PeriodReport", List.of("reporting.field.")),
            Map.entry("PlanVersion", List.of("plan.section.")),
            Map.entry("PlanAction", List.of("plan.action.")),
            Map.entry("CreativeActor", List.of("actor.field.", "actor.")),
            Map.entry("ToolCard", List.of("tool.")),
            Map.entry("PolicyRecommendation", List.of("recommendation.")),
            Map.entry("ContentTranslation", List.of("translation.history.")));

    /** Labels that a form keeps under another name than the field's. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Site.kind", "map.filter.kind"),
            Map.entry("Pilot.kind", "map.filter.kind"),
            Map.entry("CreativeActor.kind", "map.filter.kind"),
            Map.entry("PlanAction.position", "field.sortOrder"),
            Map.entry("PlanVersion.number", "plan.version"),
            Map.entry("Milestone.title", "pilot.field.milestoneTitle"),
            Map.entry("Milestone.dueOn", "pilot.dueOn"),
            Map.entry("Milestone.doneOn", "pilot.doneOn"),
            Map.entry("Indicator.name", "pilot.field.indicatorName"),
            Map.entry("ToolCard.developerPartner", "tool.developer"),
            Map.entry("ToolCard.lang", "form.textLanguage"),
            Map.entry("ToolCard.published", "recommendation.published"),
            Map.entry("PolicyRecommendation.lang", "form.textLanguage"),
            Map.entry("ContentTranslation.lang", "form.textLanguage"),
            Map.entry("ProgressUpdate.narrativeLang", "form.textLanguage"),
            Map.entry("IndicatorValue.indicator", "pilot.field.indicatorName"),
            Map.entry("PeriodReport.summaryLang", "form.textLanguage"));

    /** The message of each enum value, as the pages that show it use it. */
    private static final Map<Class<?>, String> ENUM_MESSAGES = Map.ofEntries(
            Map.entry(PilotKind.class, "pilot.kind.%s"),
            Map.entry(PilotStatus.class, "pilot.status.%s"),
            Map.entry(ReportState.class, "reporting.state.%s"),
            Map.entry(RoadmapTheme.class, "roadmap.%s.title"),
            Map.entry(SiteKind.class, "site.kind.%s"),
            Map.entry(Ownership.class, "site.ownership.%s"),
            Map.entry(SiteCondition.class, "site.condition.%s"),
            Map.entry(Vacancy.class, "site.vacancy.%s"),
            Map.entry(SiteStatus.class, "site.status.%s"),
            Map.entry(Publication.class, "moderation.state.%s"),
            Map.entry(ActionStatus.class, "plan.actionStatus.%s"),
            Map.entry(FundingSource.class, "plan.funding.%s"),
            Map.entry(PlanState.class, "plan.state.%s"),
            Map.entry(ActorKind.class, "actor.kind.%s"),
            Map.entry(HelixSegment.class, "partner.segment.%s"),
            Map.entry(AccountRole.class, "account.role.%s"),
            Map.entry(PartnerRole.class, "partner.role.%s"),
            Map.entry(PartnerKind.class, "partner.kind.%s"),
            Map.entry(RecommendationLevel.class, "recommendation.level.%s"),
            Map.entry(RecommendationTopic.class, "recommendation.topic.%s"));

    /** The public page of each kind of referenced entity that has one. */
    private static final Map<String, String> PAGES = Map.of(
            "Site", "/sites/{id}",
            "Pilot", "/pilots/{id}",
            "Partner", "/partners/{id}",
            "ActionPlan", "/plans/{id}");

    /** Authors that are not accounts: the history module's own names for them, and erasure's. */
    private static final Map<String, String> OTHER_AUTHORS = Map.of(
            "system", "history.author.system",
            "anonymous", "history.author.anonymous",
            "reference data", "history.author.referenceData",
            SqlPersonalData.ERASED, "history.author.erased");

    /** A value as shown: its text, and where a link leads (null for none). */
    public record Shown(String text, String href) {
    }

    private final MessageSource messages;
    private final LocalizedDates dates;
    private final LocalizedNumbers figures;
    private final PlaceNames placeNames;
    private final AccountService accounts;

    HistoryView(MessageSource messages, LocalizedDates dates, LocalizedNumbers figures, PlaceNames placeNames, AccountService accounts) {
        this.messages = messages;
        this.dates = dates;
        this.figures = figures;
        this.placeNames = placeNames;
        this.accounts = accounts;
    }

    /** The field's label in its entity's form, else the label several forms share; null when there is none. */
    public String label(String type, String field, Locale locale) {
        List<String> keys = new ArrayList<>();
        keys.add(LABELS.get(type + "." + field));
        LABEL_PREFIXES.getOrDefault(type, List.of()).forEach(prefix -> keys.add(prefix + field));
        keys.add("field." + field);
        return keys.stream().filter(Objects::nonNull).map(key -> messages.getMessage(key, null, null, locale))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * One field's value; {@code field} tells a language code (shown as the language's name) and an author (shown by
     * their account's name, not their address) from other text.
     */
    public Shown value(String field, Object value, Locale locale) {
        if (value instanceof HistoryEntry.Reference reference) {
            return reference(reference, locale);
        }
        if (value instanceof String code && isLanguage(field)) {
            return new Shown(Locale.forLanguageTag(code).getDisplayLanguage(locale), null);
        }
        if (value instanceof String actor && field.equals("author")) {
            return new Shown(author(actor, locale), null);
        }
        return new Shown(text(value, locale), null);
    }

    /** Who made each change, by the name of their account where it still exists (one query for the whole list). */
    public Map<String, String> authors(Collection<HistoryEntry> entries, Locale locale) {
        return authorNames(entries.stream().map(HistoryEntry::actor).toList(), locale);
    }

    /** These authors (of updates, of withdrawals) by name, in one query for the whole list. */
    public Map<String, String> authorNames(Collection<String> actors, Locale locale) {
        Map<String, String> names = accounts.displayNames(Set.copyOf(actors));
        return actors.stream().distinct().collect(Collectors.toMap(actor -> actor, actor -> authorName(actor, names, locale)));
    }

    private String author(String actor, Locale locale) {
        return authorName(actor, accounts.displayNames(List.of(actor)), locale);
    }

    private String authorName(String actor, Map<String, String> names, Locale locale) {
        return names.containsKey(actor) ? names.get(actor)
                : OTHER_AUTHORS.containsKey(actor) ? messages.getMessage(OTHER_AUTHORS.get(actor), null, locale) : actor;
    }

    /** Whether the value is text someone wrote, in the language of the content rather than of the interface. */
    public boolean isWritten(String field, Object value) {
        return value instanceof String && !isLanguage(field);
    }

    private static boolean isLanguage(String field) {
        return field.equals("lang") || field.endsWith("Lang");
    }

    private String text(Object value, Locale locale) {
        if (value == null) {
            return messages.getMessage("history.none", null, locale);
        }
        if (value instanceof Enum<?> constant) {
            String pattern = ENUM_MESSAGES.get(constant.getDeclaringClass());
            if (pattern == null) {
                throw new IllegalStateException("No messages for the values of " + constant.getDeclaringClass());
            }
            return messages.getMessage(pattern.formatted(constant.name()), null, locale);
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "history.yes" : "history.no", null, locale);
        }
        if (value instanceof Instant instant) {
            return dates.dateTime(instant, locale) + " UTC";
        }
        if (value instanceof TemporalAccessor date) {
            return dates.date(date, locale);
        }
        if (value instanceof BigDecimal number) {
            return figures.of(number, locale);
        }
        if (value instanceof Point point) {
            return messages.getMessage("history.point", new Object[] {point.getY(), point.getX()}, locale);
        }
        if (value instanceof Geometry outline) {
            return messages.getMessage("history.outline", new Object[] {outline.getNumPoints()}, locale);
        }
        if (value instanceof ActionIndicator indicator) {
            return messages.getMessage("history.indicator", new Object[] {indicator.getName(), text(indicator.getBaseline(), locale),
                text(indicator.getTarget(), locale), indicator.getUnit()}, locale);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(each -> each instanceof HistoryEntry.Reference reference ? reference(reference, locale).text()
                    : text(each, locale)).collect(Collectors.joining(", "));
        }
        // Texts, and whole numbers such as years and percentages, which read best without digit grouping.
        return value.toString();
    }

    private Shown reference(HistoryEntry.Reference reference, Locale locale) {
        if (reference.name() == null) {
            return new Shown(messages.getMessage("history.deleted", null, locale), null);
        }
        String name = switch (reference.type()) {
            case "Country" -> placeNames.country(reference.id().toString(), locale);
            case "City" -> placeNames.of(reference.name(), locale);
            default -> reference.name();
        };
        String page = PAGES.get(reference.type());
        return new Shown(name, page == null ? null : UriComponentsBuilder.fromPath(page).buildAndExpand(reference.id()).toUriString());
    }

    /** Where the map shows a changed location, for a link beside its coordinates. */
    public String mapLink(Object value) {
        return value instanceof Point point
                ? UriComponentsBuilder.fromPath("/map").queryParam("at", point.getY() + "," + point.getX()).toUriString()
                : null;
    }
}
