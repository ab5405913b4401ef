// The booking page: choosing a service or a day shows its slots at once (without scripts, the button does it).
(function () {
  'use strict';
  var form = document.getElementById('appointment-pick');
  if (!form) { return; }
  Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
    select.addEventListener('change', function () { form.submit(); });
  });
}());
