// The hall's display board (/ticketing/board): live from the board's server-sent events, re-reading the snapshot
// (/api/ticketing/board) on every (re)connect and after the events; each call spoken in Chinese once sound is on.
// Reconnects by itself: EventSource retries a dropped stream, and a stream the gateway refused or closed is opened
// again with a growing pause; a sequence number lower than the last one seen means the gateway restarted.
(function () {
  'use strict';
  var board = document.getElementById('hall-board');
  if (!board) {
    return;
  }
  var data = board.dataset;
  var lastSeq = Number(data.seq) || 0;
  var source = null;
  var backoff = 1000;
  var refreshTimer = null;
  var refreshing = false;
  var refreshAgain = false;
  var soundOn = false;
  var speaking = false;
  var spoken = [];
  var DIGITS = '零一二三四五六七八九';
  var SPEAK_WITHIN = 60000;
  var clockOffset = (Date.parse(data.asOf) || Date.now()) - Date.now();

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function both(zh, en, className) {
    var span = element('span', className);
    span.appendChild(element('span', 'hb-zh', zh));
    var english = element('span', 'hb-en', en);
    english.lang = 'en';
    span.appendChild(english);
    return span;
  }

  function counter(n) {
    return both(data.counterZh.replace('{counter}', n), data.counterEn.replace('{counter}', n), 'hb-counter');
  }

  function callItem(call, newest) {
    var li = element('li', 'hb-call' + (newest ? ' hb-newest' : ''));
    li.dataset.ticket = call.ticketId;
    li.appendChild(element('span', 'hb-number', call.number));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(counter(call.counter));
    return li;
  }

  function showCalls(calls) {
    var list = document.getElementById('hb-calls');
    list.textContent = '';
    calls.forEach(function (call, i) {
      list.appendChild(callItem(call, i === 0));
    });
    document.getElementById('hb-none').hidden = calls.length > 0;
  }

  function showRecent(calls) {
    var list = document.getElementById('hb-recent');
    list.textContent = '';
    calls.forEach(function (call) {
      var li = element('li');
      li.appendChild(element('span', 'hb-number', call.number));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(counter(call.counter));
      list.appendChild(li);
    });
  }

  function showWaiting(services) {
    var list = document.getElementById('hb-waiting');
    list.textContent = '';
    services.forEach(function (w) {
      var li = element('li');
      li.dataset.service = w.serviceId;
      var name = element('span', 'hb-service');
      name.appendChild(element('span', 'hb-prefix', w.prefix));
      name.appendChild(document.createTextNode(' '));
      name.appendChild(both(w.service.zh, w.service.en, 'hb-name'));
      li.appendChild(name);
      li.appendChild(both(data.peopleZh.replace('{n}', w.waiting), data.peopleEn.replace('{n}', w.waiting),
          'hb-count'));
      list.appendChild(li);
    });
  }

  // A call shown at once, before the snapshot that follows confirms it.
  function showCall(event) {
    var list = document.getElementById('hb-calls');
    var old = list.querySelector('[data-ticket="' + event.ticketId + '"]');
    if (old) {
      list.removeChild(old);
    }
    Array.prototype.forEach.call(list.querySelectorAll('.hb-newest'), function (e) {
      e.classList.remove('hb-newest');
    });
    list.insertBefore(callItem({ticketId: event.ticketId, number: event.number, counter: event.counterNumber}, true),
        list.firstChild);
    document.getElementById('hb-none').hidden = true;
  }

  function refresh() {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    fetch(data.snapshot, {headers: {'Accept': 'application/json'}, cache: 'no-store'})
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('snapshot ' + answer.status);
        }
        return answer.json();
      })
      .then(function (snapshot) {
        if (snapshot.seq < lastSeq) {
          lastSeq = snapshot.seq; // the gateway restarted: its numbering starts again
        }
        data.words = snapshot.callWords;
        clockOffset = Date.parse(snapshot.asOf) - Date.now();
        showCalls(snapshot.calling);
        showRecent(snapshot.recentCalls);
        showWaiting(snapshot.waiting);
      })
      .catch(function () {
        // the next event or reconnect reads it again
      })
      .then(function () {
        refreshing = false;
        if (refreshAgain) {
          refreshAgain = false;
          later();
        }
      });
  }

  // Many events in a burst make one re-reading of the snapshot.
  function later() {
    if (refreshTimer === null) {
      refreshTimer = setTimeout(function () {
        refreshTimer = null;
        refresh();
      }, 400);
    }
  }

  function onEvent(e) {
    var event;
    try {
      event = JSON.parse(e.data);
    } catch (err) {
      return;
    }
    // the gateway sends only the events after the last one seen (Last-Event-ID, ?after=): a lower number means it
    // restarted and numbers its events from 1 again; the snapshot read after this event shows the hall as it is
    lastSeq = event.seq;
    if (e.type === 'called' || e.type === 'recalled') {
      showCall(event);
      if (serverNow() - Date.parse(event.at) < SPEAK_WITHIN) {
        say(event.number, event.counterNumber); // a call missed while away is shown, not read out late
      }
    }
    later();
  }

  function serverNow() {
    return Date.now() + clockOffset;
  }

  function connect() {
    if (source) {
      source.close();
    }
    source = new EventSource(data.events + '?after=' + lastSeq);
    source.onopen = function () {
      backoff = 1000;
      document.getElementById('hb-reconnecting').hidden = true;
      refresh();
    };
    source.onerror = function () {
      document.getElementById('hb-reconnecting').hidden = false;
      if (source.readyState === EventSource.CLOSED) {
        // refused (the module stopped, a 5xx): EventSource gives up, the board does not
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 30000);
      }
    };
    ['taken', 'called', 'recalled', 'changed'].forEach(function (kind) {
      source.addEventListener(kind, onEvent);
    });
  }

  // Speech: A012 is read letter and digit by digit (A零一二); calls wait their turn, none is cut off.
  function spokenNumber(number) {
    return String(number).replace(/[0-9]/g, function (d) {
      return DIGITS.charAt(Number(d));
    });
  }

  function say(number, counterNumber) {
    if (!soundOn || !window.speechSynthesis) {
      return;
    }
    spoken.push(data.words.split('{number}').join(spokenNumber(number)).split('{counter}').join(counterNumber));
    if (spoken.length > 20) {
      spoken.shift();
    }
    next();
  }

  function next() {
    if (speaking || spoken.length === 0) {
      return;
    }
    speaking = true;
    var utterance = new SpeechSynthesisUtterance(spoken.shift());
    utterance.lang = 'zh-CN';
    utterance.rate = 0.9;
    var voice = window.speechSynthesis.getVoices().filter(function (v) {
      return v.lang && v.lang.replace('_', '-').toLowerCase().indexOf('zh-cn') === 0;
    })[0];
    if (voice) {
      utterance.voice = voice;
    }
    utterance.onend = utterance.onerror = function () {
      speaking = false;
      next();
    };
    window.speechSynthesis.speak(utterance);
  }

  function sound() {
    var button = document.getElementById('hb-sound');
    if (!window.speechSynthesis) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      soundOn = true;
      button.setAttribute('aria-pressed', 'true');
      button.querySelector('.hb-sound-off').hidden = true;
      button.querySelector('.hb-sound-on').hidden = false;
      window.speechSynthesis.speak(new SpeechSynthesisUtterance('')); // unlocks speech after the gesture
    });
  }

  function clock() {
    var format = new Intl.DateTimeFormat('zh-CN', {timeZone: data.zone, hour: '2-digit', minute: '2-digit',
        hour12: false});
    var time = document.getElementById('hb-clock');
    function tick() {
      time.textContent = format.format(new Date());
    }
    tick();
    setInterval(tick, 1000);
  }

  clock();
  sound();
  connect();
}());
