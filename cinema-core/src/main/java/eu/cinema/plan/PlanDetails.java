package eu.cinema.plan;

import eu.cinema.roadmap.RoadmapTheme;

/**
 * The text of a plan version as its editors write it. {@code summaryEn} is the English summary a
 * plan written in another language offers beside its own.
 */
public record PlanDetails(
        String title,
        RoadmapTheme theme,
        String lang,
        String summary,
        String summaryEn,
        String context,
        String vision,
        String objectives,
        String stakeholdersPublic,
        String stakeholdersAcademia,
        String stakeholdersCivilSociety,
        String stakeholdersBusiness,
        String monitoring) {
}
