// Staff import page: sends the chosen file as the request body to the import API and follows its progress.
(function () {
  'use strict';
  var form = document.getElementById('patent-import');
  if (!form) { return; }
  var box = document.getElementById('import-progress');
  var bar = box.querySelector('progress');
  var counts = document.getElementById('import-counts');
  var problems = document.getElementById('import-problems');
  var lang = document.documentElement.lang || 'zh-CN';

  function show(report) {
    bar.value = report.percent;
    counts.textContent = report.file + ' · ' + report.state + ' · +' + report.added + ' / ~' + report.replaced +
      ' / ✗' + report.rejected + (report.failure ? ' · ' + report.failure : '');
    problems.textContent = '';
    report.problems.slice(0, 200).forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p.file + (p.line ? ' #' + p.line : '') + ': ' + p.message;
      problems.appendChild(li);
    });
  }

  function follow(url) {
    fetch(url + '?lang=' + encodeURIComponent(lang), {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (report) {
        show(report);
        if (report.state === 'QUEUED' || report.state === 'RUNNING') {
          setTimeout(function () { follow(url); }, 1000);
        } else {
          counts.textContent += ' · ' + (report.state === 'DONE' ? form.dataset.done : form.dataset.failed);
        }
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = form.querySelector('input[type=file]').files[0];
    if (!file) { return; }
    var format = form.querySelector('select').value;
    var url = form.dataset.api + '?name=' + encodeURIComponent(file.name) + '&lang=' + encodeURIComponent(lang) +
      (format ? '&format=' + encodeURIComponent(format) : '');
    box.hidden = false;
    fetch(url, {method: 'POST', body: file, headers: {'Content-Type': 'application/octet-stream', 'Accept': 'application/json', 'X-CSRF-Token': form.dataset.csrf}})
      .then(function (r) { return r.json().then(function (body) { return {ok: r.ok, location: r.headers.get('Location'), body: body}; }); })
      .then(function (answer) {
        if (!answer.ok) { counts.textContent = answer.body.detail || answer.body.title; return; }
        show(answer.body);
        follow(answer.location);
      });
  });

  var rebuild = document.getElementById('index-rebuild');
  if (rebuild) {
    rebuild.addEventListener('submit', function (event) {
      event.preventDefault();
      fetch(rebuild.dataset.api, {method: 'POST', headers: {'Accept': 'application/json', 'X-CSRF-Token': rebuild.dataset.csrf}})
        .then(function () { document.getElementById('rebuild-status').textContent = rebuild.dataset.started; });
    });
  }
}());
