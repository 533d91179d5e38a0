// Draws every .trend-chart[data-trend] with ECharts: one line per series, absolute or per 1,000 articles;
// a click on a point opens the search for that series and month (no inline script).
(function () {
  'use strict';
  const colors = ['#b0263a', '#1f6fb2', '#2e8b57', '#d68a00', '#6f42c1'];
  document.querySelectorAll('.trend-chart[data-trend]').forEach(function (el) {
    const trend = JSON.parse(el.dataset.trend);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    function draw(mode) {
      chart.setOption({
        color: colors,
        grid: { left: 56, right: 16, top: 40, bottom: 48 },
        legend: { top: 0 },
        // Drawn on the canvas: an HTML tooltip would need inline styles, which the CSP refuses.
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'category', data: trend.months, axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', name: mode === 'perThousand' ? '每千篇' : '篇' },
        series: trend.series.map(function (s) {
          return { name: s.name, type: 'line', data: s[mode], symbolSize: 8, emphasis: { focus: 'series' } };
        }),
      }, { replaceMerge: ['series'] });
      el.dataset.mode = mode;
    }
    chart.on('click', function (params) {
      const series = trend.series[params.seriesIndex];
      if (series && series.links[params.dataIndex]) {
        window.location.href = series.links[params.dataIndex];
      }
    });
    draw('counts');
    document.querySelectorAll('[data-trend-for="' + el.id + '"]').forEach(function (button) {
      button.addEventListener('click', function () {
        document.querySelectorAll('[data-trend-for="' + el.id + '"]').forEach(function (b) { b.classList.toggle('active', b === button); });
        draw(button.dataset.trendMode);
      });
    });
    el.dataset.ready = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
