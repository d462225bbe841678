// The place search beside a map: the portal's gazetteer first (/api/places), then, when one is configured, an external
// Nominatim-compatible geocoder; a chosen place is shown on the map and, on a form, fills what it can. "Use my location"
// asks the browser only when pressed. Results are built from text nodes only: names come from outside.
(function () {
  'use strict';

  // True while the place search fills a form in, so that the country's own zoom does not undo the town's.
  var fillingIn = false;

  document.querySelectorAll('.place-search').forEach(function (box) {
    var text = box.dataset;
    var input = box.querySelector('input[type=search]');
    var status = box.querySelector('.place-search-status');
    var results = box.querySelector('.place-search-results');
    box.hidden = false;

    function map() {
      return window.CinemaMap && window.CinemaMap.of(document.getElementById(text.map));
    }

    function say(message) {
      status.textContent = message;
    }

    // A form's field, set as if typed, so that the scripts listening to it (the picker's marker) follow.
    function set(id, value) {
      var field = document.getElementById(id);
      if (field && value !== null && value !== undefined) {
        field.value = value;
        fillingIn = true;
        try {
          field.dispatchEvent(new Event('change'));
        } finally {
          fillingIn = false;
        }
      }
    }

    function choose(place) {
      var shown = map();
      if (shown && place.bounds) {
        shown.fitBounds([[place.bounds[1], place.bounds[0]], [place.bounds[3], place.bounds[2]]]);
      } else if (shown && place.latitude !== null) {
        shown.setView([place.latitude, place.longitude], 13);
      }
      if (text.fill === 'coordinates' && place.latitude !== null) {
        set('latitude', place.latitude.toFixed(5));
        set('longitude', place.longitude.toFixed(5));
      }
      if (text.fill === 'place' && place.countryCode && document.querySelector('#countryCode option[value="' + place.countryCode + '"]')) {
        set('countryCode', place.countryCode);
      }
      if (text.fill === 'place' && place.kind === 'city' && document.getElementById('cityName') && !document.getElementById('cityName').value) {
        set('cityName', place.name);
      }
      say((shown ? text.shown : text.filled).replace('{0}', place.name));
    }

    function show(places) {
      results.textContent = '';
      places.forEach(function (place) {
        var item = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'link-button';
        button.textContent = [place.name, place.country, place.source].filter(Boolean).join(', ');
        button.addEventListener('click', function () { choose(place); });
        item.appendChild(button);
        results.appendChild(item);
      });
    }

    function external(query) {
      if (!text.geocoder) {
        return Promise.resolve([]);
      }
      var address = text.geocoder + (text.geocoder.indexOf('?') < 0 ? '?' : '&') + 'format=jsonv2&limit=5&q='
        + encodeURIComponent(query) + '&accept-language=' + encodeURIComponent(document.documentElement.lang);
      return fetch(address).then(function (response) { return response.ok ? response.json() : []; }).then(function (found) {
        return found.map(function (hit) {
          var box = hit.boundingbox ? hit.boundingbox.map(Number) : null;
          return { name: hit.display_name, latitude: Number(hit.lat), longitude: Number(hit.lon), source: text.external,
            bounds: box ? [box[2], box[0], box[3], box[1]] : null };
        });
      }).catch(function () { return []; });
    }

    function search() {
      var query = input.value.trim();
      results.textContent = '';
      if (!query) {
        say(text.empty);
        return;
      }
      say(text.searching);
      fetch('/api/places?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' } })
        .then(function (response) {
          return response.json().then(function (body) {
            if (!response.ok) {
              throw new Error(body.detail || text.failed);
            }
            return body;
          });
        })
        .then(function (own) { return external(query).then(function (more) { return own.concat(more); }); })
        .then(function (places) {
          show(places);
          say(places.length ? text.found.replace('{0}', places.length) : text.none);
        })
        .catch(function (failure) { say(failure.message || text.failed); });
    }

    box.querySelector('.place-search-go').addEventListener('click', search);
    // Enter searches; inside a form it must not send the form.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        search();
      }
    });

    var locate = box.querySelector('.place-search-locate');
    if (!navigator.geolocation) {
      locate.hidden = true;
    }
    locate.addEventListener('click', function () {
      say(text.locating);
      navigator.geolocation.getCurrentPosition(function (position) {
        var here = { name: text.here, latitude: position.coords.latitude, longitude: position.coords.longitude, bounds: null };
        var shown = map();
        if (shown) {
          shown.setView([here.latitude, here.longitude], 16);
        }
        if (text.fill === 'coordinates' || text.fill === 'place') {
          set('latitude', here.latitude.toFixed(5));
          set('longitude', here.longitude.toFixed(5));
        }
        say(text.located);
      }, function () { say(text.locateFailed); }, { timeout: 15000 });
    });
  });

  // The picker zooms to the country chosen in its form; not when the place search chose it along with a town.
  var country = document.getElementById('countryCode');
  var picker = document.querySelector('.pick-map');
  if (country && picker) {
    country.addEventListener('change', function () {
      var map = window.CinemaMap && window.CinemaMap.of(picker);
      if (map && country.value && !fillingIn) {
        window.CinemaMap.fitCountry(map, country.value);
      }
    });
  }
}());
