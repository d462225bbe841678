package eu.cinema.pilot.reporting;

/** Where a period report stands: prepared, sent to the lead partner, sent back with comments, or accepted. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** The pilot's editors change a report only while it is theirs: prepared or returned. */
    public boolean isWithEditors() {
        return this == DRAFT || this == RETURNED;
    }
}
