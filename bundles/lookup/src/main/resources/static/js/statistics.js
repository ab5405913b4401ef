// One indicator's page: draws its chart with Apache ECharts from the table of its values on the page (no inline
// script, no second request). Actual values are a line; the target is a marker at its period and a dashed line
// at its level, never a bar.
(function () {
  'use strict';
  var box = document.getElementById('indicator-chart');
  if (!box || typeof echarts === 'undefined') { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#' + box.dataset.table + ' tbody tr'));
  var actuals = rows.filter(function (r) { return r.dataset.kind === 'actual'; });
  var target = rows.filter(function (r) { return r.dataset.kind === 'target'; })[0];
  var categories = actuals.map(function (r) { return r.dataset.period; });
  if (target && categories.indexOf(target.dataset.period) < 0) { categories.push(target.dataset.period); }
  var at = function (period, value) {
    return categories.map(function (c) { return c === period ? value : null; });
  };
  var series = actuals.length === 0 ? [] : [{
    name: box.dataset.actual, type: 'line', connectNulls: true, symbol: 'circle', symbolSize: 8,
    label: {show: true, position: 'top'},
    data: categories.map(function (c) {
      var row = actuals.filter(function (r) { return r.dataset.period === c; })[0];
      return row ? Number(row.dataset.value) : null;
    })
  }];
  if (target) {
    var goal = Number(target.dataset.value);
    series.push({
      name: box.dataset.target, type: 'line', symbol: 'diamond', symbolSize: 14, lineStyle: {opacity: 0},
      itemStyle: {color: '#c8102e'}, label: {show: true, position: 'top'},
      data: at(target.dataset.period, goal),
      markLine: {symbol: 'none', silent: true, lineStyle: {type: 'dashed', color: '#c8102e'},
        label: {formatter: box.dataset.target, position: 'insideEndTop'}, data: [{yAxis: goal}]}
    });
  }
  var chart = echarts.init(box, null, {renderer: 'svg'});
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: series.map(function (s) { return s.name; }), bottom: 0},
    grid: {left: 8, right: 16, top: 32, bottom: 40, containLabel: true},
    xAxis: {type: 'category', data: categories, axisLabel: {hideOverlap: true}},
    yAxis: {type: 'value', name: box.dataset.unit},
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
