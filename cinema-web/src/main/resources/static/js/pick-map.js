// Picking a location on a form's map: a click fills the latitude and longitude fields, and typed
// coordinates move the marker, so both ways of giving a location stay in step.
(function () {
  'use strict';

  var element = document.querySelector('.pick-map');
  var latitude = document.getElementById('latitude');
  var longitude = document.getElementById('longitude');
  if (!element || !latitude || !longitude || typeof L === 'undefined' || !window.CinemaMap) {
    return;
  }
  var map = window.CinemaMap.create(element, { scrollWheelZoom: false });
  map.fitBounds([[41.5, 8.5], [50.0, 29.0]]);
  var marker = null;

  function place(lat, lon) {
    if (marker) {
      marker.setLatLng([lat, lon]);
    } else {
      marker = L.marker([lat, lon], {
        icon: L.divIcon({ className: 'map-marker map-marker-sites', iconSize: [18, 18] }),
        keyboard: false
      }).addTo(map);
    }
  }

  map.on('click', function (event) {
    latitude.value = event.latlng.lat.toFixed(5);
    longitude.value = event.latlng.lng.toFixed(5);
    place(event.latlng.lat, event.latlng.lng);
  });

  function fromFields() {
    var lat = parseFloat(latitude.value), lon = parseFloat(longitude.value);
    if (isFinite(lat) && isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      place(lat, lon);
    }
  }
  latitude.addEventListener('change', fromFields);
  longitude.addEventListener('change', fromFields);
  fromFields();
}());
