// Stockbook dashboard: shows each <time datetime> in the reader's own time zone (the server's
// wording stays in its title), and keeps a page current while cycles run: it asks the server every
// few seconds whether anything shown may have changed (a short fingerprint) and reloads the page
// when it has, unless the reader is typing in a form. No library, nothing from elsewhere.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) {
    return; // the server's time, with its zone, stays
  }
  // The server's shape, "Dec 3, 17:50:46 UTC", in the reader's zone ("GMT+5:30", "EST", ...).
  var format = new Intl.DateTimeFormat("en-US", {
    month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit",
    hourCycle: "h23", timeZoneName: "short"
  });
  var times = document.querySelectorAll("time[datetime]");
  for (var i = 0; i < times.length; i++) {
    var at = new Date(times[i].getAttribute("datetime"));
    if (isNaN(at.getTime())) {
      continue;
    }
    var p = {};
    format.formatToParts(at).forEach(function (part) { p[part.type] = part.value; });
    times[i].title = "server: " + times[i].textContent;
    times[i].textContent = p.month + " " + p.day + ", " + p.hour + ":" + p.minute + ":" + p.second + " " + p.timeZoneName;
    times[i].setAttribute("data-zone", "reader");
  }
})();
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
