// Stockbook dashboard: keeps a page current while cycles run. It asks the server every few seconds
// whether anything shown may have changed (a short fingerprint) and reloads the page when it has,
// unless the reader is typing in a form. No library, nothing from elsewhere.
(function () {
  "use strict";
  var body = document.body;
  var url = body.getAttribute("data-pulse-url");
  var seen = body.getAttribute("data-pulse");
  if (!url || !seen) {
    return;
  }
  var typing = false;
  document.addEventListener("input", function () { typing = true; });
  function busy() {
    var a = document.activeElement;
    return typing || (a && (a.tagName === "INPUT" || a.tagName === "TEXTAREA" || a.tagName === "SELECT") && a.type !== "submit");
  }
  function check() {
    fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (r) {
      if (r.status === 401) {
        window.location.reload();
        return null;
      }
      return r.ok ? r.text() : null;
    }).then(function (pulse) {
      if (pulse && pulse !== seen && !busy()) {
        window.location.reload();
      }
    }).catch(function () { /* offline for a moment: try again next time */ });
  }
  window.setInterval(check, 3000);
})();
