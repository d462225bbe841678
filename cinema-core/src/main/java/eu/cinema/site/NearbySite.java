package eu.cinema.site;

/** A published site near a proposal, with its distance in whole metres: a possible duplicate. */
public interface NearbySite {

    long getId();

    String getName();

    String getReference();

    int getMetres();

    double getLongitude();

    double getLatitude();
}
