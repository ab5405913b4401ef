// The clerk's counter page and the counter's screen, live: on every event of the hall's board (server-sent events)
// and every so often without them, the counter page re-reads its JSON and reloads when the counter changed (unless
// the clerk is typing a note); the screen reloads itself.
(function () {
  'use strict';
  var desk = document.getElementById('counter-desk');
  var screen = document.getElementById('counter-screen');
  if (!desk && !screen) { return; }
  var pending = null;

  function typing() {
    var note = document.getElementById('counter-note');
    return note && (note.value !== '' || document.activeElement === note);
  }

  function check() {
    pending = null;
    if (screen) { location.reload(); return; }
    fetch(desk.getAttribute('data-api'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (counter) {
        if (counter && counter.state !== desk.getAttribute('data-state') && !typing()) { location.reload(); }
      }).catch(function () {});
  }

  function soon() {
    if (!pending) { pending = setTimeout(check, 300); }
  }

  if ('EventSource' in window) {
    var source = new EventSource('/api/ticketing/board/events');
    ['taken', 'called', 'recalled', 'changed'].forEach(function (name) { source.addEventListener(name, soon); });
  }
  setInterval(check, screen ? 30000 : 20000);
}());
