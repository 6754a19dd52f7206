// Service worker: keeps the app shell cached so the estimator opens offline, preset links included.
// scripts/post-build.mjs fills in the version and the file list for each build.
const VERSION = "salary-__VERSION__";
const PRECACHE = __PRECACHE__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(VERSION).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
});

// A new build has a new version: drop every older cache, then serve open pages at once.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== VERSION).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page: network first, so a new deployment shows up; the cached shell when offline.
    // Every query string gets the same shell: the app reads the filters from the address.
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(VERSION).then((cache) => cache.match("./")).then((hit) => hit ?? Response.error()),
      ),
    );
    return;
  }
  // Hashed assets never change under the same name: cache first.
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
