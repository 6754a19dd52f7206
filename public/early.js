// The first stage of loading, inlined into index.html by scripts/build-early-stage.mjs.
// It fetches the small WebAssembly module named in this script's data attributes (with its
// integrity hash), asks it what this link shows (see src/first_paint.rs) and writes that
// into the static shell: texts as text, select values, hidden flags. All the logic is Rust;
// this only moves bytes. `window.earlyStage` settles when it is done, or has failed, and the
// full app waits for it before it downloads, so the two never compete for the network.
// PAGE holds the page's ids and stage names, written in by the build from src/page.rs.
(() => {
  const PAGE = __PAGE_NAMES__;
  const script = document.currentScript;
  window.earlyStage = new Promise((done) => {
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
        const fills = fillsFor(instance.exports, location.search);
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

  function fillsFor(exports, query) {
    const bytes = new TextEncoder().encode(query);
    const at = exports.early_alloc(bytes.length);
    new Uint8Array(exports.memory.buffer, at, bytes.length).set(bytes);
    const out = exports.early_fill(at, bytes.length);
    const length = new DataView(exports.memory.buffer).getUint32(out, true);
    return JSON.parse(new TextDecoder().decode(new Uint8Array(exports.memory.buffer, out + 4, length)));
  }

  function apply(fills) {
    for (const [kind, id, value] of fills) {
      const element = document.getElementById(id);
      if (!element) continue;
      if (kind === "t") element.textContent = value;
      else if (kind === "v") element.value = value;
      else if (kind === "h") element.hidden = value === "1";
    }
    const main = document.getElementById(PAGE.main);
    if (main && main.getAttribute(PAGE.stageAttribute) === PAGE.static) main.setAttribute(PAGE.stageAttribute, PAGE.early);
  }
})();
