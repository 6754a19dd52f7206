// Runs before the app. Where WebAssembly is missing or the app fails to start, it replaces
// "Loading" with an explanation instead of leaving a blank page; it also registers the
// service worker that makes the app work offline.
(function () {
  var status = document.getElementById("boot-status");
  function explain(text) {
    if (status) {
      status.textContent = text;
      status.className = "boot boot-failed";
    }
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    explain(
      "This estimator needs WebAssembly, which this browser does not offer or has turned off. " +
        "Please open the page in a current version of Chrome, Edge, Firefox or Safari.",
    );
    return;
  }
  // Until the app mounts (and removes the status line), a failure means it could not start.
  function failed() {
    if (status && status.isConnected) {
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
