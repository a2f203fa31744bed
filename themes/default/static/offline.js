// Offline reading (with `offline = true`): registers the site's service worker, and on the
// sections of the main menu offers to keep the whole section for reading without a network,
// showing its size first. Without JavaScript nothing changes.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.caches) {
    return;
  }
  var script = document.currentScript;
  var base = script.src.replace(/assets\/offline\.js(\?.*)?$/, "");
  navigator.serviceWorker.register(base + "sw.js", { scope: new URL(base).pathname }).catch(function () {});

  var offer = document.querySelector("[data-offline]");
  if (!offer) {
    return;
  }
  var button = offer.querySelector("button");
  var status = offer.querySelector("[role=status]");
  var lang = document.documentElement.lang;
  function megabytes(bytes) {
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1e6) + " MB";
  }
  fetch(offer.getAttribute("data-offline"))
    .then(function (response) { return response.json(); })
    .then(function (list) {
      button.textContent = offer.getAttribute("data-label").replace("{size}", megabytes(list.size));
      offer.hidden = false;
      button.addEventListener("click", function () {
        button.disabled = true;
        status.textContent = offer.getAttribute("data-saving");
        caches.open(list.cache)
          .then(function (cache) { return cache.addAll(list.urls); })
          .then(function () { status.textContent = offer.getAttribute("data-saved"); })
          .catch(function () {
            status.textContent = offer.getAttribute("data-failed");
            button.disabled = false;
          });
      });
    })
    .catch(function () {});
})();
