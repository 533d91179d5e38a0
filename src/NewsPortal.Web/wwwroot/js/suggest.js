// Suggestions as you type: fills the <datalist> named by data-suggest from /api/suggest.
(function () {
  'use strict';
  const kinds = { district: '区县', cluster: '产业集群', industry: '产业', organization: '机构', person: '人物', title: '标题' };

  function attach(input) {
    const list = document.getElementById(input.dataset.suggest);
    if (!list) return;
    let timer = 0;
    let controller = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length === 0) { list.replaceChildren(); return; }
      timer = setTimeout(async function () {
        if (controller) controller.abort();
        controller = new AbortController();
        try {
          const response = await fetch('/api/suggest?q=' + encodeURIComponent(q), { signal: controller.signal, headers: { Accept: 'application/json' } });
          if (!response.ok) return;
          const suggestions = await response.json();
          list.replaceChildren(...suggestions.map(function (s) {
            const option = document.createElement('option');
            option.value = s.text;
            option.label = kinds[String(s.kind).toLowerCase()] || s.kind || '';
            return option;
          }));
          input.dataset.suggestions = String(suggestions.length);
        } catch (e) {
          if (e.name !== 'AbortError') console.warn('suggestions unavailable', e);
        }
      }, 180);
    });
  }

  document.querySelectorAll('input[data-suggest]').forEach(attach);
})();
