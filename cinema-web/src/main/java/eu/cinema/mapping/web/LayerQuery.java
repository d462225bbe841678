package eu.cinema.mapping.web;

import java.util.ArrayList;
import java.util.List;

import eu.cinema.mapping.BoundingBox;
import eu.cinema.mapping.FeatureFilter;
import eu.cinema.mapping.MapLayer;

/**
 * The map's and the layer API's query parameters, kept in the URL so a filtered view can be shared.
 * Values are checked when turned into a {@link FeatureFilter}.
 */
class LayerQuery {

    private String country;
    private String city;
    private String kind;
    private String status;
    private String domain;
    private String bbox;
    private List<String> layer = new ArrayList<>();
    private int limit = 100;
    private int offset;

    FeatureFilter toFilter() {
        return new FeatureFilter(bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox), country, city, kind,
                status, domain, null, null, limit, offset);
    }

    /** The layers asked for; all three when none is named. */
    List<MapLayer> layers() {
        List<MapLayer> chosen = layer.stream().map(MapLayer::byId).flatMap(java.util.Optional::stream).toList();
        return chosen.isEmpty() ? List.of(MapLayer.values()) : chosen;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getBbox() {
        return bbox;
    }

    public void setBbox(String bbox) {
        this.bbox = bbox;
    }

    public List<String> getLayer() {
        return layer;
    }

    public void setLayer(List<String> layer) {
        this.layer = layer;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
