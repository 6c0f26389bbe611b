// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    document.querySelectorAll("[data-nav-toggle]").forEach(function (button) {
      var menu = document.getElementById(button.getAttribute("aria-controls"));
      button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", String(open));
        menu.classList.toggle("is-open", open);
      });
    });
    document.querySelectorAll("[data-rating-form]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.fetch || !event.submitter) { return; }
        event.preventDefault();
        var data = new FormData(form);
        data.append(event.submitter.name, event.submitter.value);
        fetch(form.action, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
          .then(function (response) { return response.json(); })
          .then(function (result) {
            form.querySelector("fieldset").hidden = true;
            form.querySelector("[role=status]").textContent = result.message;
          })
          .catch(function () { form.querySelector("[role=status]").textContent = form.getAttribute("data-error"); });
      });
    });
    var viewUrl = document.body.getAttribute("data-view-url");
    if (viewUrl && navigator.sendBeacon) {
      navigator.sendBeacon(viewUrl);
    }
  });
})();
