// Marsad UI behaviour: a tooltip for highlighted facts. Builds DOM with textContent only: data never becomes markup.
(function () {
  'use strict';
  var tip = null;
  function show(el) {
    tip = tip || document.getElementById('tip');
    if (!tip) { return; }
    var text = el.getAttribute('data-tip');
    if (!text) { return; }
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    text.split('\n').forEach(function (line) {
      var div = document.createElement('div');
      div.textContent = line;
      tip.appendChild(div);
    });
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = window.scrollX + Math.max(4, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
    tip.style.top = top + 'px';
    tip.style.left = left + 'px';
  }
  function hide() { if (tip) { tip.hidden = true; } }
  function target(e) { return e.target && e.target.closest ? e.target.closest('[data-tip]') : null; }
  document.addEventListener('mouseover', function (e) { var t = target(e); if (t) { show(t); } });
  document.addEventListener('mouseout', function (e) { if (target(e)) { hide(); } });
  document.addEventListener('focusin', function (e) { var t = target(e); if (t) { show(t); } });
  document.addEventListener('focusout', hide);
})();
