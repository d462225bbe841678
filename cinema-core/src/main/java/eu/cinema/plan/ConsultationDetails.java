package eu.cinema.plan;

import java.time.LocalDate;

/** What a municipality editor says about a consultation: its period, what it asks, and how comments are published. */
public record ConsultationDetails(LocalDate opensOn, LocalDate closesOn, String introduction, boolean postModeration,
        boolean linksAllowed) {
}
