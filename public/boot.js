// Runs before the app. Where WebAssembly is missing, it says so at the top of the page. Where
// the app is slow (SLOW_MS after the page opened, with no app yet) or fails to start, a line
// at the foot of the screen says so plainly and offers to try again, while the first stage's
// estimate and filters keep working; it goes away when the app takes over. Once the app is
// live, it registers the service worker that makes the app work offline. PAGE holds the page's
// ids and stage names, written in by the build from src/page.rs.
(function () {
  var PAGE = __PAGE_NAMES__;
  var SLOW_MS = 8000;
  var main = document.getElementById(PAGE.main);
  function stage() {
    return main && main.getAttribute(PAGE.stageAttribute);
  }
  /** Writes `text` into the status line (made on first use); `retry` adds a "Try again". */
  function explain(text, retry, role) {
    var status = document.getElementById(PAGE.bootStatus);
    if (!status) {
      status = document.createElement("div");
      status.id = PAGE.bootStatus;
      document.body.appendChild(status);
    }
    status.setAttribute("role", role);
    status.className = retry ? "boot boot-waiting" : "boot boot-failed";
    status.textContent = "";
    var line = document.createElement("p");
    line.textContent = text;
    status.appendChild(line);
    if (retry) {
      var again = document.createElement("button");
      again.type = "button";
      again.className = "button small";
      again.textContent = "Try again";
      again.addEventListener("click", function () {
        location.reload();
      });
      status.appendChild(again);
    }
    // Before <main>, which stays hidden until a stage of loading has filled it.
    if (!retry && main) main.parentNode.insertBefore(status, main);
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    explain(
      "This estimator needs WebAssembly, which this browser does not offer or has turned off. " +
        "Please open the page in a current version of Chrome, Edge, Firefox or Safari.",
      false,
      "alert",
    );
    return;
  }
  // Until the app has taken over, a failure means it could not start.
  function failed() {
    if (stage() !== PAGE.live) {
      explain("The rest of the estimator could not load. Check your connection and try again.", true, "alert");
    }
  }
  window.addEventListener("unhandledrejection", failed);
  window.addEventListener("error", failed);
  setTimeout(function () {
    if (stage() === PAGE.live || document.getElementById(PAGE.bootStatus)) return;
    explain(
      stage() === PAGE.early
        ? "The rest of the page is still loading. The estimate and the filters above already work."
        : "The page is still loading.",
      true,
      "status",
    );
  }, SLOW_MS);
  // The app's arrival ends the wait: the line goes. Only then does the service worker
  // register: its precache then finds the app's files in the HTTP cache instead of fetching
  // them a second time while the app itself is still downloading them.
  if (main && typeof MutationObserver === "function") {
    var registered = false;
    new MutationObserver(function () {
      if (stage() !== PAGE.live) return;
      var status = document.getElementById(PAGE.bootStatus);
      if (status && status.className.indexOf("boot-waiting") >= 0) status.remove();
      if (!registered && "serviceWorker" in navigator) {
        registered = true;
        // In a task of its own, when the page is idle: not inside the app's last start-up task.
        (window.requestIdleCallback || setTimeout)(function () {
          navigator.serviceWorker.register("sw.js").catch(function () {
            // Offline support is a bonus; the app works without it.
          });
        });
      }
    }).observe(main, { attributes: true, attributeFilter: [PAGE.stageAttribute] });
  }
})();
