package eu.cinema.roadmap;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import eu.cinema.region.City;

/** The measures and activities a roadmap plans for one pilot location. */
@Entity
public class RoadmapMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private City city;

    private String measures;

    private short position;

    protected RoadmapMeasure() {
    }

    RoadmapMeasure(City city, String measures, short position) {
        this.city = city;
        this.measures = measures;
        this.position = position;
    }

    public City getCity() {
        return city;
    }

    public String getMeasures() {
        return measures;
    }

    public short getPosition() {
        return position;
    }
}
