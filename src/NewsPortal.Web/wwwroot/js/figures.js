// Figures page: chart the rows the user ticks.
(function () {
  'use strict';
  const button = document.getElementById('chart-selected');
  const target = document.getElementById('selection-chart');
  if (!button || !target) return;
  const picks = Array.from(document.querySelectorAll('input.figure-pick'));
  let chart = null;

  function selected() { return picks.filter(function (p) { return p.checked; }); }
  picks.forEach(function (p) {
    p.addEventListener('change', function () { button.disabled = selected().length === 0; });
  });

  button.addEventListener('click', function () {
    const rows = selected();
    if (rows.length === 0) return;
    target.classList.remove('d-none');
    chart = chart || echarts.init(target, null, { renderer: 'canvas' });
    const units = Array.from(new Set(rows.map(function (r) { return r.dataset.unit; })));
    chart.setOption({
      grid: { left: 64, right: 16, top: 32, bottom: 64 },
      tooltip: { trigger: 'axis' },
      title: { text: units.length === 1 ? '单位：' + units[0] : '注意：所选数据单位不同（' + units.join('、') + '）', textStyle: { fontSize: 12 } },
      xAxis: { type: 'category', data: rows.map(function (r) { return (r.dataset.label || '') + (r.dataset.measure ? ' ' + r.dataset.measure : ''); }), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: rows.map(function (r) { return Number(r.dataset.value); }), itemStyle: { color: '#b0263a' } }],
    }, true);
    target.dataset.ready = 'true';
  });
})();
