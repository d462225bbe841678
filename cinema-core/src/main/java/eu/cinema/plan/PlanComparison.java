package eu.cinema.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Point;

import eu.cinema.pilot.Pilot;
import eu.cinema.site.Site;

/**
 * What changed from one plan version to another: the sections whose text differs, and the actions
 * added, removed or changed (matched by their key, with the names of the fields that changed).
 */
public record PlanComparison(PlanVersion older, PlanVersion newer, List<SectionChange> sections, List<PlanAction> added,
        List<PlanAction> removed, List<ActionChange> changed) {

    /** A section's text before and after; the section name is a message-key suffix ({@code plan.section.*}). */
    public record SectionChange(String section, String before, String after) {
    }

    /** An action present in both versions, with the names of its fields that differ ({@code plan.action.*}). */
    public record ActionChange(PlanAction before, PlanAction after, List<String> fields) {
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
        ACTION_FIELDS.put("sites", action -> action.getSites().stream().map(Site::getId).toList());
        ACTION_FIELDS.put("pilots", action -> action.getPilots().stream().map(Pilot::getId).toList());
        ACTION_FIELDS.put("indicators", PlanAction::getIndicators);
    }

    public static PlanComparison between(PlanVersion older, PlanVersion newer) {
        List<SectionChange> sections = new ArrayList<>();
        SECTIONS.forEach((name, value) -> {
            Object before = value.apply(older);
            Object after = value.apply(newer);
            if (!Objects.equals(comparable(before), comparable(after))) {
                sections.add(new SectionChange(name, before == null ? null : before.toString(), after == null ? null : after.toString()));
            }
        });
        Map<UUID, PlanAction> olderActions = byKey(older);
        Map<UUID, PlanAction> newerActions = byKey(newer);
        List<PlanAction> added = newerActions.values().stream().filter(a -> !olderActions.containsKey(a.getActionKey())).toList();
        List<PlanAction> removed = olderActions.values().stream().filter(a -> !newerActions.containsKey(a.getActionKey())).toList();
        List<ActionChange> changed = new ArrayList<>();
        for (PlanAction after : newerActions.values()) {
            PlanAction before = olderActions.get(after.getActionKey());
            if (before != null) {
                List<String> fields = ACTION_FIELDS.entrySet().stream()
                        .filter(field -> !Objects.equals(comparable(field.getValue().apply(before)), comparable(field.getValue().apply(after))))
                        .map(Map.Entry::getKey)
                        .toList();
                if (!fields.isEmpty()) {
                    changed.add(new ActionChange(before, after, fields));
                }
            }
        }
        return new PlanComparison(older, newer, sections, added, removed, changed);
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
