/* Behaviour every page shares, kept out of the markup: the Content-Security-Policy allows no inline
   script or event handler.
   - The error summary takes focus whenever it appears (on load, or put in by an Ajax update), so
     keyboard and screen-reader users land on what went wrong.
   - A button marked data-submit-once submits its form once: a second click while the first answer
     is on its way does nothing (no second submission of a claim). */
(function () {
  'use strict';

  function focusSummaryIn(node) {
    if (!node || node.nodeType !== 1) {
      return false;
    }
    var summary = node.matches('.error-summary') ? node : node.querySelector('.error-summary');
    if (summary) {
      summary.focus();
      return true;
    }
    return false;
  }

  function watchForSummaries() {
    focusSummaryIn(document.body);
    if (!window.MutationObserver) {
      return;
    }
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        var added = changes[i].addedNodes;
        for (var j = 0; j < added.length; j++) {
          if (focusSummaryIn(added[j])) {
            return;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  document.addEventListener(
    'click',
    function (event) {
      var button = event.target.closest ? event.target.closest('[data-submit-once]') : null;
      if (!button) {
        return;
      }
      if (button.dataset.sent) {
        event.preventDefault();
        return;
      }
      button.dataset.sent = '1';
    },
    true
  );

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watchForSummaries);
  } else {
    watchForSummaries();
  }
})();
