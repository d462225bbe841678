package eu.cinema.project;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** A target's running total at the end of the quarter that begins on {@code start}. */
public record QuarterTotal(LocalDate start, long total) {

    static LocalDate startOf(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** Each quarter from {@code first} to {@code last} (their first days) with how many of the sorted dates fell before its end. */
    static List<QuarterTotal> runningTotals(List<LocalDate> sortedDates, LocalDate first, LocalDate last) {
        List<QuarterTotal> totals = new ArrayList<>();
        int counted = 0;
        for (LocalDate quarter = first; !quarter.isAfter(last); quarter = quarter.plusMonths(3)) {
            LocalDate next = quarter.plusMonths(3);
            while (counted < sortedDates.size() && sortedDates.get(counted).isBefore(next)) {
                counted++;
            }
            totals.add(new QuarterTotal(quarter, counted));
        }
        return totals;
    }
}
