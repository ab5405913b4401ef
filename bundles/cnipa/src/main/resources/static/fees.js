// The fee calculator's "print" button prints the result. A script of the site's own, not an inline handler: the
// pages' content security policy runs scripts from the site only.
(function () {
  'use strict';
  var button = document.getElementById('fees-print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
})();
