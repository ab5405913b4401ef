// The kiosk: a touch on a service sends its form once (a second touch while it is sent does nothing), and the page
// reads itself again every minute while no one touches it, so the waiting counts stay fresh.
(function () {
  'use strict';
  var kiosk = document.getElementById('kiosk');
  if (!kiosk) { return; }
  var sent = false;
  Array.prototype.forEach.call(kiosk.querySelectorAll('form'), function (form) {
    form.addEventListener('submit', function (e) {
      if (sent) { e.preventDefault(); return; }
      sent = true;
    });
  });
  var idle = 0;
  ['pointerdown', 'keydown'].forEach(function (name) {
    document.addEventListener(name, function () { idle = 0; });
  });
  setInterval(function () {
    idle += 1;
    if (idle >= 6 && !sent) { window.location.reload(); }
  }, 10000);
}());
