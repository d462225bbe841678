package eu.cinema.follow;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.cinema.follow.FollowTarget.Kind;
import eu.cinema.region.City;
import eu.cinema.region.CityRepository;

/**
 * The partnership's cities, followed from a list: the features report their changes with the city they happen in, so
 * a city's followers hear of its plans, pilots, sites and actors.
 */
@Component
class CityFollowing implements FollowedContent {

    private final CityRepository cities;

    CityFollowing(CityRepository cities) {
        this.cities = cities;
    }

    @Override
    public Kind kind() {
        return Kind.CITY;
    }

    @Override
    public Optional<Followable> find(FollowTarget target) {
        return cities.findById(Long.parseLong(target.key())).map(CityFollowing::followable);
    }

    @Override
    public List<Followable> choices() {
        return cities.findAllByOrderByCountryCodeAscNameEnAsc().stream().map(CityFollowing::followable).toList();
    }

    private static Followable followable(City city) {
        return new Followable(FollowTarget.of(Kind.CITY, city.getId()), city.getName(), null, null);
    }
}
