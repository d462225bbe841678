// What every map of the portal shares: Leaflet with keyboard control, the Danube region's country
// outlines bundled with the portal (so a map shows something without any tile server), and the
// configured base tiles when there are any.
(function () {
  'use strict';

  var maps = new Map();
  var outlines = null;
  var cities = null;
  // From this zoom on, a map without base tiles names the gazetteer's cities; further out they would crowd the region.
  var CITY_NAMES_FROM_ZOOM = 6;

  // Without base tiles, the gazetteer's cities, named, give a map at city level its bearings.
  function namedCities(map) {
    if (!cities) {
      cities = fetch('/api/places/cities', { headers: { Accept: 'application/geo+json' } })
        .then(function (response) { return response.ok ? response.json() : { features: [] }; });
    }
    cities.then(function (all) {
      var names = L.geoJSON(all, {
        interactive: false,
        pointToLayer: function (feature, position) {
          return L.circleMarker(position, { radius: 3, color: '#1d2733', weight: 1, fillOpacity: 1, interactive: false })
            .bindTooltip(feature.properties.name, { permanent: true, direction: 'right', className: 'city-name' });
        }
      });
      function follow() {
        if (map.getZoom() >= CITY_NAMES_FROM_ZOOM) {
          names.addTo(map);
        } else {
          names.remove();
        }
      }
      map.on('zoomend', follow);
      follow();
    });
  }

  // The outlines are fetched once per page, however many maps it has.
  function countries() {
    if (!outlines) {
      outlines = fetch('/data/danube-countries.geojson').then(function (response) { return response.json(); });
    }
    return outlines;
  }

  function create(element, options) {
    var map = L.map(element, Object.assign({ keyboard: true, minZoom: 3, maxZoom: 18, zoomControl: false }, options || {}));
    // The zoom buttons' names in the page's language, from the layout's data attributes.
    var page = document.documentElement.dataset;
    L.control.zoom({ zoomInTitle: page.zoomIn || 'Zoom in', zoomOutTitle: page.zoomOut || 'Zoom out' }).addTo(map);
    // A marker is a button to assistive technology; its title names it, which not every reader (nor HTML_CodeSniffer)
    // takes as its name, so it is given as aria-label too.
    map.on('layeradd', function (event) {
      var marker = event.layer.getElement && event.layer.getElement();
      if (marker && event.layer.options.title && !marker.hasAttribute('aria-label')) {
        marker.setAttribute('aria-label', event.layer.options.title);
      }
    });
    countries()
      .then(function (countries) {
        L.geoJSON(countries, {
          interactive: false,
          style: function (feature) {
            return {
              color: '#0b5563', weight: 1, fillOpacity: 0.6,
              fillColor: feature.properties.partnership ? '#d6ebee' : '#efece4'
            };
          }
        }).addTo(map).bringToBack();
      });
    if (element.dataset.tileUrl) {
      L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
    } else {
      namedCities(map);
    }
    maps.set(element, map);
    return map;
  }

  // The map of an element, for scripts that act on a map another script made (the place search).
  function of(element) {
    return element ? maps.get(element) : undefined;
  }

  // Fits a country's bundled outline into view.
  function fitCountry(map, code) {
    countries().then(function (all) {
      var feature = all.features.filter(function (f) { return f.properties.code === code; })[0];
      if (feature) {
        map.fitBounds(L.geoJSON(feature).getBounds());
      }
    });
  }

  window.CinemaMap = { create: create, of: of, fitCountry: fitCountry };
}());
