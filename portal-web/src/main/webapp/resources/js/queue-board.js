/* The queue board's filter menus (session, status) filter the tickets table as soon as one is
   changed. Delegated from the document, so menus put in again by an Ajax update keep working. */
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var menu = event.target.closest ? event.target.closest('[data-filters]') : null;
    if (menu && window.PF) {
      PF(menu.getAttribute('data-filters')).filter();
    }
  });
})();
