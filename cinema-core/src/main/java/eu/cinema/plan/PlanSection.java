package eu.cinema.plan;

/** The parts of a plan's text that people may comment on one by one; each is the anchor of its heading on the page. */
public enum PlanSection {
    SUMMARY,
    CONTEXT,
    VISION,
    OBJECTIVES,
    STAKEHOLDERS,
    MONITORING;

    /** The page's anchor and message-key part of the section ({@code plan.section.context}). */
    public String anchor() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
