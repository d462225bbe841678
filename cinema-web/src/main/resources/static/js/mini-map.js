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
    L.marker(position, {
      icon: L.divIcon({ className: 'map-marker map-marker-' + element.dataset.layer, iconSize: [18, 18] }),
      title: element.dataset.name,
      alt: element.dataset.name,
      keyboard: true
    }).addTo(map);
  });
}());
