// A small map with one marker for a detail page; its position comes from data attributes.
(function () {
  'use strict';

  if (typeof L === 'undefined' || !window.CinemaMap) {
    return;
  }
  function marker(position, name, layer) {
    return L.marker(position, {
      icon: L.divIcon({ className: 'map-marker map-marker-' + layer, iconSize: [18, 18] }),
      title: name,
      alt: name,
      keyboard: true
    });
  }

  // Several places (a plan's actions, sites and pilots), all fitted into view.
  document.querySelectorAll('.mini-map[data-points]').forEach(function (element) {
    var points = JSON.parse(element.dataset.points);
    var map = window.CinemaMap.create(element, { scrollWheelZoom: false });
    var bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; }));
    points.forEach(function (p) { marker([p.lat, p.lon], p.name, p.layer).addTo(map); });
    map.fitBounds(bounds.pad(0.2), { maxZoom: element.dataset.tileUrl ? 15 : 8 });
  });

  document.querySelectorAll('.mini-map[data-lat]').forEach(function (element) {
    var position = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
    var map = window.CinemaMap.create(element, { scrollWheelZoom: false });
    // Without base tiles only the country outlines show, so a wider view gives the place its context.
    map.setView(position, element.dataset.tileUrl ? 14 : 7);
    if (element.dataset.boundary) {
      // The site's boundary, drawn from numbers only (see Geometries.toGeoJson), fitted into view.
      var boundary = L.geoJSON(JSON.parse(element.dataset.boundary), {
        interactive: false, style: { color: '#b34d00', weight: 2, fillOpacity: 0.2 }
      }).addTo(map);
      map.fitBounds(boundary.getBounds(), { maxZoom: 17 });
    }
    marker(position, element.dataset.name, element.dataset.layer).addTo(map);
  });
}());
