// Runs before the app. Where WebAssembly is missing or the app fails to start, it puts an
// explanation at the top of the page instead of leaving it half-loaded; it also registers
// the service worker that makes the app work offline. PAGE holds the page's ids and stage
// names, written in by the build from src/page.rs.
(function () {
  var PAGE = __PAGE_NAMES__;
  var main = document.getElementById(PAGE.main);
  function explain(text) {
    var status = document.getElementById(PAGE.bootStatus);
    if (!status) {
      status = document.createElement("p");
      status.id = PAGE.bootStatus;
      status.setAttribute("role", "alert");
      if (main) main.insertBefore(status, main.firstChild);
    }
    status.textContent = text;
    status.className = "boot boot-failed";
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    explain(
      "This estimator needs WebAssembly, which this browser does not offer or has turned off. " +
        "Please open the page in a current version of Chrome, Edge, Firefox or Safari.",
    );
    return;
  }
  // Until the app has taken over (the live stage), a failure means it could not start.
  function failed() {
    if (main && main.getAttribute(PAGE.stageAttribute) !== PAGE.live) {
      explain("The estimator could not start. Check your connection and reload the page.");
    }
  }
  window.addEventListener("unhandledrejection", failed);
  window.addEventListener("error", failed);
  if ("serviceWorker" in navigator) {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("sw.js").catch(function () {
        // Offline support is a bonus; the app works without it.
      });
    });
  }
})();
