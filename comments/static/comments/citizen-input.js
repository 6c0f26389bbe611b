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

  // Drafts: what the citizen types stays in this browser (localStorage, one entry per page and form) until the
  // server confirms it was received, so a post that fails (server error, too large, expired form) loses
  // nothing: the form fills itself again when it is shown next.
  var DRAFT_PREFIX = "citizen-input-draft:";
  var DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
  var NOT_DRAFTED = ["form_token", "captcha_token", "captcha_answer", "website", "g-recaptcha-response"];

  function drafts() {
    try { return window.localStorage; } catch (error) { return null; }  // storage off: forms work as before
  }

  function draftFields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      if (!field.name || NOT_DRAFTED.indexOf(field.name) !== -1) { return false; }
      return field.tagName === "TEXTAREA" || field.tagName === "SELECT" ||
        (field.tagName === "INPUT" && ["text", "email", "tel"].indexOf(field.type) !== -1);
    });
  }

  function saveDraft(form, key) {
    var values = {};
    var typed = false;
    draftFields(form).forEach(function (field) {
      values[field.name] = field.value;
      typed = typed || field.value.trim() !== "";
    });
    try {
      if (typed) {
        drafts().setItem(DRAFT_PREFIX + key, JSON.stringify({ saved: Date.now(), values: values }));
      } else {
        drafts().removeItem(DRAFT_PREFIX + key);
      }
    } catch (error) { /* storage full or refused: the draft is only a convenience */ }
  }

  function readDraft(key) {
    try {
      var draft = JSON.parse(drafts().getItem(DRAFT_PREFIX + key) || "null");
      if (draft && draft.values && Date.now() - draft.saved < DRAFT_MAX_AGE_MS) { return draft.values; }
      drafts().removeItem(DRAFT_PREFIX + key);
    } catch (error) { /* unreadable: nothing to restore */ }
    return null;
  }

  function keepDraft(root, form) {
    var key = form.getAttribute("data-draft-key");
    if (!key || !drafts()) { return; }
    var values = readDraft(key);
    var restored = [];
    if (values) {
      draftFields(form).forEach(function (field) {
        if (field.value === "" && values[field.name]) {
          field.value = values[field.name];
          restored.push(field);
        }
      });
    }
    var notice = root.querySelector("[data-draft-notice]");
    if (notice && restored.length) {
      notice.hidden = false;
      notice.querySelector("[data-draft-discard]").addEventListener("click", function () {
        restored.forEach(function (field) { field.value = ""; });
        saveDraft(form, key);
        notice.hidden = true;
      });
    }
    form.addEventListener("input", function () { saveDraft(form, key); });
    form.addEventListener("change", function () { saveDraft(form, key); });
  }

  function forgetSentDrafts(root) {
    root.querySelectorAll("[data-draft-sent]").forEach(function (element) {
      try { drafts().removeItem(DRAFT_PREFIX + element.getAttribute("data-draft-sent")); } catch (error) { /* none */ }
    });
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
    forgetSentDrafts(root);
    root.querySelectorAll("form[data-citizen-input-form]").forEach(function (form) {
      keepDraft(root, form);
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
