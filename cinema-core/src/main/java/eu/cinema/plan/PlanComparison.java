package eu.cinema.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;

import eu.cinema.history.HistoryEntry.FieldChange;
import eu.cinema.history.HistoryEntry.Reference;
import eu.cinema.pilot.Pilot;
import eu.cinema.site.Site;

/**
 * What changed from one plan version to another: the sections that differ (each a field of {@link PlanVersion}), and
 * the actions added, removed or changed (matched by their key, with each changed field's old and new value). Changes
 * are the history's, so that one component shows both.
 */
public record PlanComparison(PlanVersion older, PlanVersion newer, List<FieldChange> sections, List<PlanAction> added,
        List<PlanAction> removed, List<ActionChange> changed) {

    /** An action present in both versions, with its fields that differ. */
    public record ActionChange(PlanAction before, PlanAction after, List<FieldChange> fields) {
    }

    private static final Map<String, Function<PlanVersion, Object>> SECTIONS = new LinkedHashMap<>();
    private static final Map<String, Function<PlanAction, Object>> ACTION_FIELDS = new LinkedHashMap<>();

    static {
        SECTIONS.put("title", PlanVersion::getTitle);
        SECTIONS.put("theme", PlanVersion::getTheme);
        SECTIONS.put("lang", PlanVersion::getLang);
        SECTIONS.put("summary", PlanVersion::getSummary);
        SECTIONS.put("summaryEn", PlanVersion::getSummaryEn);
        SECTIONS.put("context", PlanVersion::getContext);
        SECTIONS.put("vision", PlanVersion::getVision);
        SECTIONS.put("objectives", PlanVersion::getObjectives);
        SECTIONS.put("stakeholdersPublic", PlanVersion::getStakeholdersPublic);
        SECTIONS.put("stakeholdersAcademia", PlanVersion::getStakeholdersAcademia);
        SECTIONS.put("stakeholdersCivilSociety", PlanVersion::getStakeholdersCivilSociety);
        SECTIONS.put("stakeholdersBusiness", PlanVersion::getStakeholdersBusiness);
        SECTIONS.put("monitoring", PlanVersion::getMonitoring);

        ACTION_FIELDS.put("title", PlanAction::getTitle);
        ACTION_FIELDS.put("description", PlanAction::getDescription);
        ACTION_FIELDS.put("responsibleBody", PlanAction::getResponsibleBody);
        ACTION_FIELDS.put("partnersInvolved", PlanAction::getPartnersInvolved);
        ACTION_FIELDS.put("startsOn", PlanAction::getStartsOn);
        ACTION_FIELDS.put("endsOn", PlanAction::getEndsOn);
        ACTION_FIELDS.put("budgetEur", PlanAction::getBudgetEur);
        ACTION_FIELDS.put("fundingSource", PlanAction::getFundingSource);
        ACTION_FIELDS.put("status", PlanAction::getStatus);
        ACTION_FIELDS.put("risks", PlanAction::getRisks);
        ACTION_FIELDS.put("mitigation", PlanAction::getMitigation);
        ACTION_FIELDS.put("location", PlanAction::getLocation);
        ACTION_FIELDS.put("sites", action -> action.getSites().stream().sorted(Comparator.comparing(Site::getId))
                .map(site -> new Reference("Site", site.getId(), site.getName())).toList());
        ACTION_FIELDS.put("pilots", action -> action.getPilots().stream().sorted(Comparator.comparing(Pilot::getId))
                .map(pilot -> new Reference("Pilot", pilot.getId(), pilot.getTitle())).toList());
        ACTION_FIELDS.put("indicators", PlanAction::getIndicators);
    }

    public static PlanComparison between(PlanVersion older, PlanVersion newer) {
        List<FieldChange> sections = changes(SECTIONS, older, newer);
        Map<UUID, PlanAction> olderActions = byKey(older);
        Map<UUID, PlanAction> newerActions = byKey(newer);
        List<PlanAction> added = newerActions.values().stream().filter(a -> !olderActions.containsKey(a.getActionKey())).toList();
        List<PlanAction> removed = olderActions.values().stream().filter(a -> !newerActions.containsKey(a.getActionKey())).toList();
        List<ActionChange> changed = new ArrayList<>();
        for (PlanAction after : newerActions.values()) {
            PlanAction before = olderActions.get(after.getActionKey());
            if (before != null) {
                List<FieldChange> fields = changes(ACTION_FIELDS, before, after);
                if (!fields.isEmpty()) {
                    changed.add(new ActionChange(before, after, fields));
                }
            }
        }
        return new PlanComparison(older, newer, sections, added, removed, changed);
    }

    private static <T> List<FieldChange> changes(Map<String, Function<T, Object>> fields, T before, T after) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((name, value) -> {
            Object old = value.apply(before);
            Object now = value.apply(after);
            if (!Objects.equals(comparable(old), comparable(now))) {
                changes.add(new FieldChange(name, old, now));
            }
        });
        return changes;
    }

    public boolean isEmpty() {
        return sections.isEmpty() && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<UUID, PlanAction> byKey(PlanVersion version) {
        return version.getActions().stream()
                .collect(Collectors.toMap(PlanAction::getActionKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Values that mean the same compare equal: 100 and 100.00 EUR, one point and another at the same place. */
    private static Object comparable(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        if (value instanceof Point point) {
            return List.of(point.getX(), point.getY());
        }
        return value;
    }
}
