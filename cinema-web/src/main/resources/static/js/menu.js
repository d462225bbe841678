// The main navigation is a disclosure (<details>) that works without scripts. On a wide screen it is opened and its
// menu button hidden, so that the navigation is simply there; on a narrow one it waits behind the button.
(function () {
  var menu = document.querySelector('.main-nav details');
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia('(min-width: 64rem)');
  function fit() {
    menu.open = wide.matches;
    menu.classList.toggle('wide', wide.matches);
  }
  fit();
  wide.addEventListener('change', fit);
})();
