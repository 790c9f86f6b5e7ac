/* The schedule step's "nearest branch" button: asks the browser for the location, puts it into the
   form's hidden fields and lets the server list the branches by distance (p:remoteCommand
   "nearestBranches"). Without a location the list stays as it is. */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('#nearest') : null;
    if (!button || !navigator.geolocation) {
      return;
    }
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('schedule:latitude').value = position.coords.latitude;
      document.getElementById('schedule:longitude').value = position.coords.longitude;
      if (typeof window.nearestBranches === 'function') {
        window.nearestBranches();
      }
    });
  });
})();
