// Names each field in the error summary by the label the form shows for it ("Country: Choose a country."): the server
// knows the messages, the page knows the labels. Without this script the messages stand alone, still linked.
(function () {
  'use strict';

  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    var label = document.querySelector('label[for="' + CSS.escape(link.getAttribute('href').slice(1)) + '"]');
    if (label && label.textContent.trim()) {
      link.textContent = label.textContent.trim() + ': ' + link.textContent;
    }
  });
}());
