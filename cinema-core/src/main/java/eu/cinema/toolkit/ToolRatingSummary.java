package eu.cinema.toolkit;

/** The average of a tool's ratings and how many there are. */
public record ToolRatingSummary(double average, long count) {

    public static final ToolRatingSummary NONE = new ToolRatingSummary(0, 0);
}
