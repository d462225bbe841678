package eu.cinema.site;

/**
 * A site's dates as the open data publishes them (firstAdded, lastUpdated): the publisher's own, where the site came
 * from a register that gave them (FirstAddedDate, LastUpdatedDate), else the days the portal added and last changed
 * it. Written once, for the exports and for the import that must know whether a row changes anything.
 */
public final class PublishedDates {

    private PublishedDates() {
    }

    /** The first-added day of the site row named {@code alias}, as SQL. */
    public static String firstAdded(String alias) {
        return "coalesce(" + alias + ".first_added_on, (" + alias + ".created_at AT TIME ZONE 'UTC')::date)";
    }

    /** The last-updated day of the site row named {@code alias}, as SQL. */
    public static String lastUpdated(String alias) {
        return "coalesce(" + alias + ".last_updated_on, (" + alias + ".updated_at AT TIME ZONE 'UTC')::date)";
    }
}
