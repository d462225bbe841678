package eu.cinema.toolkit;

/** What a file of a tool card is: something to download, or an impression before or after. */
public enum ToolFileRole {
    DOWNLOAD,
    BEFORE,
    AFTER
}
