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
      function setOpen(open) {
        button.setAttribute("aria-expanded", String(open));
        menu.classList.toggle("is-open", open);
      }
      button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
      });
      // Escape closes the open menu from anywhere inside it and gives the focus back to the button.
      [button, menu].forEach(function (element) {
        element.addEventListener("keydown", function (event) {
          if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
          }
        });
      });
    });
    // Text size: A−, A, A+ (Thông tư 32/2017 Điều 18); the choice is kept in this browser only.
    var TEXT_SIZE_KEY = "portal-text-size", TEXT_SIZE_MAX = 3, root = document.documentElement;
    document.querySelectorAll("[data-text-size-control]").forEach(function (control) {
      control.hidden = false;
      control.querySelectorAll("[data-text-size-step]").forEach(function (button) {
        button.addEventListener("click", function () {
          var step = Number(button.getAttribute("data-text-size-step"));
          var current = Number(root.getAttribute("data-text-size")) || 0;
          var size = step === 0 ? 0 : Math.max(0, Math.min(TEXT_SIZE_MAX, current + step));
          if (size) { root.setAttribute("data-text-size", String(size)); } else { root.removeAttribute("data-text-size"); }
          try {
            if (size) { localStorage.setItem(TEXT_SIZE_KEY, String(size)); } else { localStorage.removeItem(TEXT_SIZE_KEY); }
          } catch (error) { /* storage refused: the size still applies to this page */ }
        });
      });
    });
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      if (!navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var status = document.getElementById(button.getAttribute("data-copy-status"));
        navigator.clipboard.writeText(button.getAttribute("data-copy-link") || window.location.href).then(
          function () { status.textContent = button.getAttribute("data-copied"); },
          function () { status.textContent = button.getAttribute("data-copy-failed"); }
        );
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
      var beacon = new FormData();
      beacon.append("ma-trang", document.body.getAttribute("data-view-token"));
      navigator.sendBeacon(viewUrl, beacon);
    }
  });
})();
