// Data stewards' import page: sends the chosen file as the request body to the import API, follows its progress
// in words the API gives in the page's language, and keeps the list of recent imports current (newest first).
(function () {
  'use strict';
  var form = document.getElementById('patent-import');
  if (!form) { return; }
  var box = document.getElementById('import-progress');
  var bar = box.querySelector('progress');
  var counts = document.getElementById('import-counts');
  var problems = document.getElementById('import-problems');
  var lang = form.dataset.lang || document.documentElement.lang || 'zh-CN';
  var recent = document.getElementById('import-recent');
  var none = document.getElementById('import-none');
  var rowTemplate = document.getElementById('import-row');
  var batchLabel = document.getElementById('import-batch-label').textContent;
  var colon = lang === 'en' ? ': ' : '：';

  function show(report) {
    bar.value = report.percent;
    counts.textContent = report.file + colon + report.summary;
    problems.textContent = '';
    report.problems.slice(0, 200).forEach(function (p) {
      var li = document.createElement('li');
      li.textContent = p.place + colon + p.message;
      problems.appendChild(li);
    });
    list(report);
  }

  // the import's row in the list of recent imports, added on top when it is new
  function list(report) {
    var body = recent.tBodies[0];
    var row = body.querySelector('tr[data-import="' + report.id + '"]');
    if (!row) {
      row = rowTemplate.content.firstElementChild.cloneNode(true);
      row.dataset.import = String(report.id);
      body.insertBefore(row, body.firstChild);
    }
    row.querySelector('[data-field=batch]').textContent = batchLabel.replace('{0}', report.id);
    row.querySelector('[data-field=file]').textContent = report.file;
    row.querySelector('[data-field=day]').textContent = report.importedOn;
    row.querySelector('[data-field=summary]').textContent = report.summary;
    recent.hidden = false;
    none.hidden = true;
  }

  function follow(url) {
    fetch(url + '?lang=' + encodeURIComponent(lang), {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (report) {
        show(report);
        if (report.state === 'QUEUED' || report.state === 'RUNNING') {
          setTimeout(function () { follow(url); }, 1000);
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
    bar.value = 0;
    problems.textContent = '';
    fetch(url, {method: 'POST', body: file, headers: {'Content-Type': 'application/octet-stream', 'Accept': 'application/json', 'X-CSRF-Token': form.dataset.csrf}})
      .then(function (r) { return r.json().then(function (body) { return {ok: r.ok, location: r.headers.get('Location'), body: body}; }); })
      .then(function (answer) {
        if (!answer.ok) { counts.textContent = answer.body.detail || answer.body.title; return; }
        show(answer.body);
        follow(answer.location);
      })
      .catch(function () { counts.textContent = form.dataset.failed; });
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
