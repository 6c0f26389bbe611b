// Citizen input (comments, feedback on drafts, questions). Pages carry only a placeholder with a link, so
// they stay cacheable; this script loads the form and the approved items from the uncached endpoint into
// the placeholder and sends the form without leaving the page. Without JavaScript the link opens the same
// form as a page of its own, which works with plain form posts.
(function () {
  "use strict";
  if (window.citizenInputLoaded) { return; }
  window.citizenInputLoaded = true;

  var recaptchaCallbacks = [];
  var recaptchaRequested = false;

  function withRecaptcha(src, callback) {
    if (window.grecaptcha && window.grecaptcha.render) { callback(); return; }
    recaptchaCallbacks.push(callback);
    if (recaptchaRequested) { return; }
    recaptchaRequested = true;
    window.citizenInputRecaptchaLoaded = function () {
      recaptchaCallbacks.splice(0).forEach(function (fn) { fn(); });
    };
    var script = document.createElement("script");
    script.src = src;
    script.async = true;
    document.head.appendChild(script);
  }

  function fragmentUrl(url) {
    var target = new URL(url, window.location.href);
    target.searchParams.set("fragment", "1");
    return target.toString();
  }

  function inject(container, html, focus) {
    container.innerHTML = html;
    enhance(container, true);
    var message = focus && container.querySelector("[data-focus]");
    if (message) { message.focus(); }
  }

  function load(container, url) {
    container.setAttribute("aria-busy", "true");
    fetch(fragmentUrl(url), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok || !response.headers.get("X-Citizen-Input")) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) { inject(container, html, false); })
      .catch(function () { /* the link to the standalone form stays in place */ })
      .then(function () { container.removeAttribute("aria-busy"); });
  }

  function send(container, form) {
    var button = form.querySelector("[type=submit]");
    if (button) { button.disabled = true; }
    container.setAttribute("aria-busy", "true");
    fetch(fragmentUrl(form.action), { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) {
        if (!response.headers.get("X-Citizen-Input")) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(function (html) { inject(container, html, true); })
      .catch(function () { form.submit(); })  // a plain post to the standalone page keeps what was typed
      .then(function () { container.removeAttribute("aria-busy"); });
  }

  function enhance(root, viaFetch) {
    root.querySelectorAll("form[data-citizen-input-form]").forEach(function (form) {
      var v3 = form.querySelector("[data-recaptcha-v3]");
      form.addEventListener("submit", function (event) {
        if (!viaFetch && !v3) { return; }  // standalone page: a plain post
        event.preventDefault();
        var go = function () { if (viaFetch) { send(root, form); } else { form.submit(); } };
        if (!v3) { go(); return; }
        withRecaptcha(v3.getAttribute("data-recaptcha-src"), function () {
          window.grecaptcha.ready(function () {
            window.grecaptcha.execute(v3.getAttribute("data-sitekey"), { action: v3.getAttribute("data-action") })
              .then(function (token) { v3.value = token; go(); });
          });
        });
      });
    });
    root.querySelectorAll("[data-recaptcha-v2]").forEach(function (element) {
      withRecaptcha(element.getAttribute("data-recaptcha-src"), function () {
        window.grecaptcha.render(element, { sitekey: element.getAttribute("data-sitekey") });
      });
    });
    root.querySelectorAll("[data-captcha-refresh]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        fetch(button.getAttribute("data-captcha-refresh"), { credentials: "same-origin" })
          .then(function (response) { return response.json(); })
          .then(function (data) {
            var form = button.closest("form");
            form.querySelector("input[name=captcha_token]").value = data.token;
            form.querySelector("[data-captcha-image]").src = data.image;
            var answer = form.querySelector("input[name=captcha_answer]");
            answer.value = "";
            answer.focus();
          });
      });
    });
    root.querySelectorAll("[data-citizen-input-reload]").forEach(function (link) {
      if (!viaFetch) { return; }
      link.addEventListener("click", function (event) {
        event.preventDefault();
        load(root, link.href);
      });
    });
  }

  function start() {
    document.querySelectorAll("[data-citizen-input]").forEach(function (container) {
      if (container.hasAttribute("data-loaded")) { return; }
      container.setAttribute("data-loaded", "");
      load(container, container.getAttribute("data-citizen-input"));
    });
    document.querySelectorAll("[data-citizen-input-standalone]").forEach(function (root) { enhance(root, false); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
