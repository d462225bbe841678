// The revitalisation map: one clustered marker layer per thematic layer, loaded from the GeoJSON
// API for the visible area, on the shared base of map-base.js.
// Popups are built from text nodes only: names and places come from the public, never as HTML.
(function () {
  'use strict';

  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined' || !window.CinemaMap) {
    return;
  }
  var labels = JSON.parse(element.dataset.labels || '{}');
  var layerIds = (element.dataset.layers || '').split(',').filter(Boolean);
  var filters = new URLSearchParams(window.location.search);
  // ?at=latitude,longitude (a history's changed location) opens the map there instead of fitting the markers.
  var at = (filters.get('at') || '').split(',').map(Number);
  ['layer', 'bbox', 'limit', 'offset', 'lang', 'at'].forEach(function (name) { filters.delete(name); });

  var map = window.CinemaMap.create(element);
  var pointed = at.length === 2 && at.every(isFinite) && Math.abs(at[0]) <= 90 && Math.abs(at[1]) <= 180;
  if (pointed) {
    map.setView(at, 17);
    L.circleMarker(at, { radius: 14, color: '#b3261e', weight: 3, fill: false, interactive: false }).addTo(map);
  } else {
    map.fitBounds([[41.5, 8.5], [50.0, 29.0]]);
  }

  function popup(feature) {
    var p = feature.properties;
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = p.name;
    box.appendChild(title);
    var kind = document.createElement('p');
    kind.textContent = (labels[p.kind] || p.kind || '') + (p.status ? ' · ' + (labels[p.status] || p.status) : '');
    box.appendChild(kind);
    var place = document.createElement('p');
    place.textContent = [p.city, p.country].filter(Boolean).join(', ');
    box.appendChild(place);
    if (typeof p.progress === 'number' && labels.progress) {
      var progress = document.createElement('p');
      progress.textContent = labels.progress.replace('{0}', p.progress);
      box.appendChild(progress);
    }
    if (p.path && p.path.charAt(0) === '/') {
      var link = document.createElement('a');
      link.href = p.path;
      link.textContent = labels.details || 'Details';
      box.appendChild(link);
    }
    return box;
  }

  // A cluster looks like its layer's markers (colour and shape), bigger and with its count, as the legend shows.
  var groups = {};
  layerIds.forEach(function (id) {
    groups[id] = L.markerClusterGroup({
      showCoverageOnHover: false,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        return L.divIcon({
          html: '<span>' + count + '</span>',
          className: 'map-cluster map-cluster-' + id,
          iconSize: [36, 36]
        });
      }
    }).addTo(map);
  });

  // The first view fits what the filters show; after that the visitor moves the map.
  var fitted = pointed;

  function fitOnce() {
    if (fitted) {
      return;
    }
    fitted = true;
    var bounds = L.latLngBounds([]);
    layerIds.forEach(function (id) {
      if (groups[id].getLayers().length) {
        bounds.extend(groups[id].getBounds());
      }
    });
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.1), { maxZoom: 13 });
    }
  }

  function load() {
    var bounds = map.getBounds();
    var west = Math.max(-180, bounds.getWest()), east = Math.min(180, bounds.getEast());
    var south = Math.max(-90, bounds.getSouth()), north = Math.min(90, bounds.getNorth());
    return Promise.all(layerIds.map(function (id) {
      var query = new URLSearchParams(filters);
      query.set('bbox', [west, south, east, north].map(function (v) { return v.toFixed(5); }).join(','));
      query.set('limit', '2000');
      return fetch('/api/layers/' + encodeURIComponent(id) + '?' + query.toString(), { headers: { Accept: 'application/geo+json' } })
        .then(function (response) { return response.ok ? response.json() : { features: [] }; })
        .then(function (collection) {
          var group = groups[id];
          group.clearLayers();
          collection.features.forEach(function (feature) {
            var c = feature.geometry.coordinates;
            var marker = L.marker([c[1], c[0]], {
              icon: L.divIcon({ className: 'map-marker map-marker-' + id, iconSize: [18, 18] }),
              title: feature.properties.name,
              alt: feature.properties.name,
              keyboard: true
            });
            marker.bindPopup(popup(feature));
            group.addLayer(marker);
          });
        });
    }));
  }

  var timer;
  map.on('moveend', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 200);
  });
  load().then(fitOnce);
}());
