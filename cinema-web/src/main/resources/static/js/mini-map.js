// A small map with one marker for a detail page; its position comes from data attributes.
(function () {
  'use strict';

  if (typeof L === 'undefined' || !window.CinemaMap) {
    return;
  }
  document.querySelectorAll('.mini-map').forEach(function (element) {
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
    L.marker(position, {
      icon: L.divIcon({ className: 'map-marker map-marker-' + element.dataset.layer, iconSize: [18, 18] }),
      title: element.dataset.name,
      alt: element.dataset.name,
      keyboard: true
    }).addTo(map);
  });
}());
