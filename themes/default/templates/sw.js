// wegweiser's service worker (offline reading): keeps every page a reader opens, serves kept
// pages when the network is gone, and shows the offline notice in the reader's language for a
// page that was not kept. The cache's name carries the build's version, so a new build
// replaces what was kept. The status page and print versions are never kept.
"use strict";
const CACHE = "{{ cache }}";
const BASE = "{{ base }}";
const NOTICES = {{ notices | safe }};
const DEFAULT_LANG = "{{ default_lang }}";

function never(path) {
  return path.startsWith(BASE + "status/") || path.endsWith("/print/") || path.endsWith("/print/index.html");
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(Object.values(NOTICES))).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("wegweiser-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || never(url.pathname)) {
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches.match(request, { ignoreSearch: true }).then((kept) => {
          if (kept) {
            return kept;
          }
          if (request.mode !== "navigate") {
            return Response.error();
          }
          const lang = url.pathname.slice(BASE.length).split("/")[0];
          return caches.match(NOTICES[lang] || NOTICES[DEFAULT_LANG]);
        }),
      ),
  );
});
