// Follows a running site import: polls its progress and updates the bar and the status line,
// which screen readers announce. Without JavaScript the page's refresh link does the same.
(function () {
  'use strict';

  var box = document.querySelector('.import-progress');
  if (!box) {
    return;
  }
  var bar = box.querySelector('progress');
  var status = box.querySelector('.import-status');

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, index) { return values[Number(index)]; });
  }

  function poll() {
    fetch(box.dataset.progressUrl, { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (progress) {
        var percent = progress.total === 0 ? 100 : Math.floor(progress.processed * 100 / progress.total);
        bar.value = percent;
        bar.textContent = percent + '%';
        if (progress.state === 'DONE') {
          status.textContent = fill(status.dataset.done, [progress.created, progress.updated]);
        } else if (progress.state === 'FAILED') {
          status.textContent = status.dataset.failed;
        } else {
          status.textContent = fill(status.dataset.running, [progress.processed, progress.total]);
          window.setTimeout(poll, 1000);
        }
      });
  }
  poll();
}());
