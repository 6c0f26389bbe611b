// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    var viewUrl = document.body.getAttribute("data-view-url");
    if (viewUrl && navigator.sendBeacon) {
      navigator.sendBeacon(viewUrl);
    }
  });
})();
