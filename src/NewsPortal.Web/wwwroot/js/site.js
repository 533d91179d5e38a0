// Small behaviours shared by every page.
(function () {
  'use strict';
  // A drop-down marked data-autosubmit applies itself (the form still works without script).
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { if (select.form) select.form.requestSubmit(); });
  });
})();
