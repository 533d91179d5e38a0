// Copy buttons ([data-copy] names the element whose text is copied); the button says when it is done.
(function () {
  'use strict';
  function copied(button, ok) {
    button.dataset.copied = ok ? 'true' : 'false';
    const status = button.parentElement.querySelector('.copy-status');
    if (status) { status.textContent = ok ? '已复制' : '复制失败，请手动选择文字'; }
  }
  function fallback(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'position-absolute start-0 top-0 opacity-0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      const source = document.querySelector(button.dataset.copy);
      const text = source ? source.textContent.trim() : '';
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button, true); }, function () { copied(button, fallback(text)); });
      } else {
        copied(button, fallback(text));
      }
    });
  });
})();
