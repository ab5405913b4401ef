// IP statistics dashboard: draws one Apache ECharts chart per indicator from the JSON API (no inline script:
// the page passes the API address and its texts in data-* attributes).
(function () {
  'use strict';
  var root = document.getElementById('statistics');
  if (!root || typeof echarts === 'undefined') { return; }
  var en = root.dataset.lang === 'en';

  function draw(indicator) {
    var box = root.querySelector('[data-chart="' + indicator.code + '"]');
    if (!box) { return; }
    var points = indicator.actuals.map(function (v) { return {name: v.period, value: Number(v.value)}; });
    var series = [{
      name: root.dataset.actual, type: points.length > 1 ? 'line' : 'bar', data: points.map(function (p) { return p.value; }),
      barMaxWidth: 48, label: {show: true, position: 'top'}
    }];
    var categories = points.map(function (p) { return p.name; });
    if (indicator.target) {
      categories.push(indicator.target.period);
      series[0].data.push(null);
      series.push({
        name: root.dataset.target, type: 'bar', barMaxWidth: 48, itemStyle: {color: '#c8102e', opacity: 0.35},
        label: {show: true, position: 'top'},
        data: categories.map(function (c, i) { return i === categories.length - 1 ? Number(indicator.target.value) : null; })
      });
    }
    var chart = echarts.init(box, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {data: series.map(function (s) { return s.name; }), bottom: 0},
      grid: {left: 56, right: 16, top: 28, bottom: 48},
      xAxis: {type: 'category', data: categories},
      yAxis: {type: 'value', name: indicator.unit},
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  fetch(root.dataset.api + '?lang=' + (en ? 'en' : 'zh-CN'), {headers: {'Accept': 'application/json'}})
    .then(function (r) { return r.json(); })
    .then(function (indicators) { indicators.forEach(draw); });
}());
