/* Keep keyboard and screen-reader users in place after a form was sent back:
   to the conflict notice, to the list of errors, or into the step just added.
   Loaded only on such pages (no inline script: Content-Security-Policy script-src 'self'). */
document.addEventListener("DOMContentLoaded", function () {
  var target = document.getElementById("konflikt") || document.querySelector("#neuer-schritt textarea")
    || document.getElementById("fehler");
  if (target) { target.focus(); }
});
