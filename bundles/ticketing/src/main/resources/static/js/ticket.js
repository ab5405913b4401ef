// The ticket page, live: on each event of the hall's board (server-sent events) and every 30 seconds as a fallback,
// the ticket's JSON is read again and its status, place and call shown; a finished number stops listening. On the
// thermal slip (data-autoprint) the page prints itself and, at the kiosk, goes back to it after printing.
(function () {
  'use strict';
  var slip = document.getElementById('slip');
  if (slip && slip.getAttribute('data-autoprint') === 'true') {
    var back = slip.getAttribute('data-back');
    if (back) {
      window.addEventListener('afterprint', function () { window.location.href = back; });
      setTimeout(function () { window.location.href = back; }, 20000);
    }
    window.addEventListener('load', function () { window.print(); });
    var again = document.getElementById('slip-print');
    if (again) {
      again.addEventListener('click', function (e) { e.preventDefault(); window.print(); });
    }
    return;
  }
  var root = document.getElementById('ticket');
  if (!root || root.getAttribute('data-live') !== 'true') { return; }
  var key = root.getAttribute('data-key');
  var status = document.getElementById('ticket-status');
  var place = document.getElementById('ticket-place');
  var called = document.getElementById('ticket-called');
  var cancel = document.getElementById('ticket-cancel');
  var FINISHED = ['done', 'no_show', 'cancelled'];
  var source = null;
  var timer = null;
  var busy = false;

  function text(name, value) {
    return root.getAttribute(name).replace('{0}', String(value));
  }

  function show(t) {
    status.textContent = t.statusLabel;
    status.setAttribute('data-status', t.status);
    if (t.position !== null && t.position !== undefined) {
      place.textContent = text('data-position-text', t.position) + ' · ' + text('data-ahead-text', t.ahead)
          + ' · ' + text('data-estimate-text', t.estimatedMinutes);
    } else {
      place.textContent = '—';
    }
    var atCounter = t.counter !== null && t.counter !== undefined && (t.status === 'called' || t.status === 'serving');
    if (atCounter) {
      called.textContent = text('data-called-text', t.counter);
    }
    called.hidden = !atCounter;
    if (cancel) { cancel.hidden = t.status !== 'waiting'; }
    if (FINISHED.indexOf(t.status) >= 0) { stop(); }
  }

  function read() {
    if (busy) { return; }
    busy = true;
    fetch('/api/ticketing/tickets/' + encodeURIComponent(key) + '?lang=' + encodeURIComponent(document.documentElement.lang),
        { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (t) { busy = false; if (t) { show(t); } })
      .catch(function () { busy = false; });
  }

  function stop() {
    if (source) { source.close(); source = null; }
    if (timer) { clearInterval(timer); timer = null; }
  }

  if ('EventSource' in window) {
    source = new EventSource('/api/ticketing/board/events');
    ['taken', 'called', 'recalled', 'changed'].forEach(function (name) { source.addEventListener(name, read); });
    source.onmessage = read;
  }
  timer = setInterval(read, 30000);
}());
