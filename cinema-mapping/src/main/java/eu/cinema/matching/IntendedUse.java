package eu.cinema.matching;

import java.util.EnumMap;
import java.util.Map;

import eu.cinema.site.SiteKind;

/** What the seeker wants the space for, and how well each kind of site suits it (0 to 1). */
public enum IntendedUse {
    STUDIO_OR_OFFICE(Map.of(SiteKind.COMMERCIAL_UNIT, 1.0, SiteKind.CENTRE_GROUND_FLOOR, 0.8, SiteKind.PUBLIC_BUILDING, 0.8,
            SiteKind.INDUSTRIAL_BUILDING, 0.6, SiteKind.RESIDENTIAL, 0.6, SiteKind.BROWNFIELD_LAND, 0.1)),
    WORKSHOP_OR_PRODUCTION(Map.of(SiteKind.INDUSTRIAL_BUILDING, 1.0, SiteKind.COMMERCIAL_UNIT, 0.6, SiteKind.BROWNFIELD_LAND, 0.5,
            SiteKind.PUBLIC_BUILDING, 0.5, SiteKind.CENTRE_GROUND_FLOOR, 0.4, SiteKind.RESIDENTIAL, 0.2)),
    SHOP_OR_SHOWROOM(Map.of(SiteKind.CENTRE_GROUND_FLOOR, 1.0, SiteKind.COMMERCIAL_UNIT, 0.9, SiteKind.PUBLIC_BUILDING, 0.4,
            SiteKind.INDUSTRIAL_BUILDING, 0.3, SiteKind.RESIDENTIAL, 0.2, SiteKind.BROWNFIELD_LAND, 0.1)),
    EVENTS_OR_CULTURE(Map.of(SiteKind.PUBLIC_BUILDING, 1.0, SiteKind.INDUSTRIAL_BUILDING, 0.9, SiteKind.BROWNFIELD_LAND, 0.6,
            SiteKind.COMMERCIAL_UNIT, 0.6, SiteKind.CENTRE_GROUND_FLOOR, 0.6, SiteKind.RESIDENTIAL, 0.2));

    /** A kind the table does not name (such as OTHER) suits any use half-way. */
    private static final double UNKNOWN_FIT = 0.5;

    private final Map<SiteKind, Double> fit;

    IntendedUse(Map<SiteKind, Double> fit) {
        this.fit = new EnumMap<>(fit);
    }

    public double fit(SiteKind kind) {
        return kind == null ? UNKNOWN_FIT : fit.getOrDefault(kind, UNKNOWN_FIT);
    }
}
