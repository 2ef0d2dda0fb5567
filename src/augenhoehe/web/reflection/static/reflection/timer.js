// Phase timer of the Kollegiale Fallberatung: counts down the phase's minutes; no inline script.
(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function setup(display) {
    var box = display.closest("section") || document;
    var total = parseInt(display.getAttribute("data-minutes"), 10) * 60;
    var left = total, handle = null;
    var done = box.querySelector("[data-timer-done]");
    function show() { display.textContent = Math.floor(left / 60) + ":" + pad(left % 60); }
    function tick() {
      left = Math.max(0, left - 1); show();
      if (left === 0) { clearInterval(handle); handle = null; if (done) { done.hidden = false; } }
    }
    box.querySelector("[data-timer-start]").addEventListener("click", function () {
      if (!handle && left > 0) { handle = setInterval(tick, 1000); }
    });
    box.querySelector("[data-timer-pause]").addEventListener("click", function () {
      clearInterval(handle); handle = null;
    });
    box.querySelector("[data-timer-reset]").addEventListener("click", function () {
      clearInterval(handle); handle = null; left = total; if (done) { done.hidden = true; } show();
    });
    show();
  }
  document.querySelectorAll("[data-timer]").forEach(setup);
})();
