/* The branch's public display refreshes its calls without reloading the page (a meta refresh
   moves the screen reader and keyboard focus back to the top every few seconds, and axe flags it).
   Every few seconds it fetches its own address again (the page is stateless and
   creates no session), and replaces the calls only when they changed, so the live region announces
   new calls and nothing else. A failed fetch keeps what is shown and tries again next time. */
(function () {
  function start() {
    var display = document.getElementById('display');
    if (!display || !window.fetch || !window.DOMParser) {
      return;
    }
    var seconds = parseInt(display.getAttribute('data-refresh-seconds'), 10);
    if (!(seconds > 0)) {
      return;
    }
    function refresh() {
      fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html === null) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('calls');
          var shown = document.getElementById('calls');
          if (fresh && shown && fresh.innerHTML !== shown.innerHTML) {
            shown.innerHTML = fresh.innerHTML;
          }
        })
        .catch(function () {
          /* the network or the server is away for a moment: try again next time */
        })
        .then(function () {
          window.setTimeout(refresh, seconds * 1000);
        });
    }
    window.setTimeout(refresh, seconds * 1000);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
