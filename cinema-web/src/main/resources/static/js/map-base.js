// What every map of the portal shares: Leaflet with keyboard control, the Danube region's country
// outlines bundled with the portal (so a map shows something without any tile server), and the
// configured base tiles when there are any.
(function () {
  'use strict';

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
    fetch('/data/danube-countries.geojson')
      .then(function (response) { return response.json(); })
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
    }
    return map;
  }

  window.CinemaMap = { create: create };
}());
