// Draws every .chart[data-chart] element with ECharts from its data attributes (no inline script).
(function () {
  'use strict';
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    const labels = JSON.parse(el.dataset.labels || '[]');
    const values = JSON.parse(el.dataset.values || '[]');
    const unit = el.dataset.unit || '';
    const type = el.dataset.chart === 'bar' ? 'bar' : 'line';
    const chart = echarts.init(el, null, { renderer: 'canvas' });
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
    el.dataset.ready = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
