// The district map: a choropleth of Chongqing's districts; clicking a district opens its page.
(function () {
  'use strict';
  const el = document.getElementById('district-map');
  if (!el) return;

  async function draw() {
    const response = await fetch(el.dataset.geo);
    const geo = await response.json();
    echarts.registerMap('chongqing', geo);
    const values = JSON.parse(el.dataset.values || '[]');
    const known = new Set(values.map(function (v) { return v.name; }));
    const max = values.reduce(function (m, v) { return Math.max(m, v.value); }, 0);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: function (p) { return p.name + '：' + (isNaN(p.value) ? 0 : p.value) + ' ' + (el.dataset.measure || ''); },
      },
      visualMap: {
        min: 0, max: Math.max(1, max), left: 8, bottom: 8, calculable: true,
        text: ['多', '少'], inRange: { color: ['#f3e5e7', '#e3a1ab', '#b0263a'] },
      },
      series: [{
        type: 'map', map: 'chongqing', roam: true,
        nameMap: JSON.parse(el.dataset.names || '{}'),
        emphasis: { label: { show: true } },
        data: values,
      }],
    });
    chart.on('click', function (p) {
      if (p.name && known.has(p.name)) window.location.href = '/districts/' + encodeURIComponent(p.name);
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.portalMap = chart; // lets browser tests find a district's pixel position
    el.dataset.ready = 'true';
  }

  draw().catch(function (e) {
    el.textContent = '地图加载失败。';
    console.error(e);
  });
})();
