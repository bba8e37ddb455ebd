// The simulation report is the policy module's own page, shown in a frame: the frame is made as tall as the report,
// so that the page scrolls once rather than twice.
(function () {
  function fit(frame) {
    var doc = frame.contentDocument;
    if (doc && doc.body) {
      frame.style.height = (doc.documentElement.scrollHeight + 16) + 'px';
    }
  }
  function watch() {
    var frame = document.getElementById('report');
    if (!frame || frame.dataset.fitted) {
      return;
    }
    frame.dataset.fitted = 'true';
    frame.addEventListener('load', function () { fit(frame); });
    fit(frame);
  }
  document.addEventListener('DOMContentLoaded', watch);
  document.addEventListener('htmx:afterSwap', watch);
  watch();
})();
