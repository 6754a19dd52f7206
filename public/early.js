// The first stage of loading, inlined into index.html by scripts/build-early-stage.mjs.
// It fetches the small WebAssembly module named in this script's data attributes (with its
// integrity hash), asks it what this link shows (see src/first_paint.rs) and writes that
// into the static shell: texts as text, select values, hidden flags, the controls it enables.
// Each change to those controls goes back to the module, which answers with what to write and
// the canonical address. All the logic is Rust; this only moves bytes and events.
//
// `window.earlyStage` settles when the stage is done or has failed, or WAIT_MS after the
// module was requested, whichever comes first: the app waits for it before it downloads, so
// the two do not compete for the network, but never for long. Once the app has taken over
// (the live stage), this stage writes nothing, however late its module arrives.
// PAGE holds the page's ids and stage names, written in by the build from src/page.rs.
(() => {
  const PAGE = __PAGE_NAMES__;
  const WAIT_MS = 1500;
  const script = document.currentScript;
  const main = () => document.getElementById(PAGE.main);
  const live = () => main()?.getAttribute(PAGE.stageAttribute) === PAGE.live;
  let exports;

  window.earlyStage = new Promise((done) => {
    setTimeout(done, WAIT_MS);
    if (typeof WebAssembly !== "object" || typeof TextEncoder !== "function") return done();
    fetch(script.dataset.wasm, { integrity: script.dataset.integrity })
      .then((response) =>
        // Streaming needs the application/wasm type (and a browser that has it); otherwise the
        // slow path.
        (WebAssembly.instantiateStreaming
          ? WebAssembly.instantiateStreaming(response.clone())
          : Promise.reject()
        ).catch(() => response.arrayBuffer().then((bytes) => WebAssembly.instantiate(bytes))),
      )
      .then(({ instance }) => {
        exports = instance.exports;
        const fills = call(exports.early_fill, location.search);
        const finish = () => {
          apply(fills);
          done();
        };
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", finish);
        else finish();
      })
      // Nothing to show early: the full app still starts and fills the page itself.
      .catch(() => done());
  });

  /** Calls `fn` of the module with `text` in its memory; returns the fills it answers with. */
  function call(fn, text) {
    const bytes = new TextEncoder().encode(text);
    const at = exports.early_alloc(bytes.length);
    new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
    const out = fn(at, bytes.length);
    const length = new DataView(exports.memory.buffer).getUint32(out, true);
    return JSON.parse(new TextDecoder().decode(new Uint8Array(exports.memory.buffer, out + 4, length)));
  }

  function apply(fills) {
    if (live()) return;
    for (const [kind, id, value] of fills) {
      if (kind === "q") history.replaceState(history.state, "", location.pathname + (value && "?" + value) + location.hash);
      else if (kind === "n") window[PAGE.earlyLink] = value;
      const element = id && document.getElementById(id);
      if (!element) continue;
      if (kind === "t") element.textContent = value;
      else if (kind === "v") element.value = value;
      else if (kind === "h") element.hidden = value === "1";
      else if (kind === "o") element.open = value === "1";
      else if (kind === "e") {
        element.disabled = false;
        element.addEventListener(element.tagName === "SELECT" ? "change" : "click", answer);
      }
    }
    if (main()?.getAttribute(PAGE.stageAttribute) === PAGE.static) main().setAttribute(PAGE.stageAttribute, PAGE.early);
  }

  // A change to a control this stage enabled. Once the app is live it reads the form itself
  // when it takes the form over, so nothing here is lost.
  function answer(event) {
    if (live()) return;
    const control = event.currentTarget;
    apply(call(exports.early_event, `${control.id}=${control.value ?? ""}`));
  }
})();
