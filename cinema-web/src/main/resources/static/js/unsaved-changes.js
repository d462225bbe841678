// A page with several forms (a pilot's updates, milestones, indicators and details) posts one at a time: before a
// post would leave typed text of another form behind, the editor is asked. Without this script nothing is asked.
(function () {
  'use strict';

  var question = document.currentScript.dataset.question;
  var touched = [];
  document.querySelectorAll('main form[method="post"]').forEach(function (form) {
    function touch() {
      if (touched.indexOf(form) < 0) {
        touched.push(form);
      }
    }
    form.addEventListener('input', touch);
    form.addEventListener('change', touch);
    form.addEventListener('submit', function (event) {
      var others = touched.filter(function (other) { return other !== form; });
      if (others.length && !window.confirm(question)) {
        event.preventDefault();
      }
    });
  });
}());
