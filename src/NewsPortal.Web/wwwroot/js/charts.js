// Draws every .chart[data-chart] element with ECharts from its data attributes (no inline script).
// data-ready says the chart is drawn to the end: during ECharts' opening animation the points are not yet where
// a click finds them, so it is set on the chart's 'finished' event (listened to before setOption), not after it.
(function () {
  'use strict';
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    const labels = JSON.parse(el.dataset.labels || '[]');
    const values = JSON.parse(el.dataset.values || '[]');
    const unit = el.dataset.unit || '';
    const type = el.dataset.chart === 'bar' ? 'bar' : 'line';
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.on('finished', function () { el.dataset.ready = 'true'; });
    chart.setOption({
      grid: { left: 48, right: 16, top: 24, bottom: 48 },
      // richText draws the tooltip on the canvas: the CSP refuses the inline styles of an HTML one.
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v + (unit ? ' ' + unit : ''); } },
      xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', name: unit },
      series: [{ type: type, data: values, smooth: type === 'line', itemStyle: { color: '#b0263a' } }],
    });
    const links = JSON.parse(el.dataset.links || 'null');
    if (links) {
      // A point stands for a reported figure: clicking it opens the article at that figure.
      chart.on('click', function (p) { if (links[p.dataIndex]) { window.location.href = links[p.dataIndex]; } });
    }
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
