// The first stage of loading, inlined into index.html by scripts/build-early-stage.mjs.
// Once the HTML is parsed, it reads the small WebAssembly module that the build wrote into a
// data block at the end of the page (named in this script's data-module), asks it what this
// link shows today (see src/first_paint.rs) and writes that into the static shell: texts as
// text, field values, hidden and open flags, the controls it enables. What a person then does to
// those controls goes back to the module, which answers with what to write and the canonical
// address. All the logic is Rust; this only moves bytes and events, and for Copy link asks the
// browser's clipboard.
//
// `window.earlyStage` settles when the stage is done or has failed, or WAIT_MS after the
// page started, whichever comes first: the app waits for it before it downloads, so
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
    const start = () =>
      Promise.resolve()
        .then(() => compile(moduleBytes(document.getElementById(script.dataset.module).textContent)))
        .then(({ instance }) => {
          exports = instance.exports;
          // The person's own day picks the tax year, as the app's does.
          const now = new Date();
          const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
          const fills = call(exports.early_fill, `${day}\t${location.search}`);
          // Nothing set (a day before the tax year this stage knows): the app fills the page.
          if (!fills.length) return done();
          apply(fills);
          // The controls the shell renders disabled, and the form's disclosures, answer now.
          if (!live()) {
            main().querySelectorAll("[disabled]").forEach(listen);
            [PAGE.terms, PAGE.now, PAGE.switching, PAGE.claims].forEach((id) => listen(document.getElementById(id)));
          }
          done();
        })
        // Nothing to show early: the full app still starts and fills the page itself.
        .catch(() => done());
    // "interactive": the whole page is parsed, the data block with it; the deferred scripts
    // have not run yet.
    if (document.readyState === "loading") document.addEventListener("readystatechange", start, { once: true });
    else start();
  });

  /** Instantiates the module, streaming where the browser can: Chromium then compiles its
   *  functions in the background at once, rather than each on its first call, inside the fill. */
  function compile(bytes) {
    if (!WebAssembly.instantiateStreaming) return WebAssembly.instantiate(bytes);
    const response = new Response(bytes, { headers: { "Content-Type": "application/wasm" } });
    return WebAssembly.instantiateStreaming(response).catch(() => WebAssembly.instantiate(bytes));
  }

  /** The module's bytes from the data block's text (scripts/build-early-stage.mjs writes it):
   *  a table of what the 125 one-byte characters stand for, then a character a byte. */
  function moduleBytes(text) {
    const byChar = new Uint8Array(128);
    let at = 0;
    for (let c = 0x01; c < 0x80; c++) if (c !== 0x0d && c !== 0x3c) byChar[c] = text.charCodeAt(at++);
    const bytes = new Uint8Array(text.length - at);
    for (let i = 0; i < bytes.length; i++) {
      const c = text.charCodeAt(at + i);
      bytes[i] = c < 0x80 ? byChar[c] : c;
    }
    return bytes;
  }

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
      if (kind === "q") keepAddress(value);
      else if (kind === "n") window[PAGE.handover] = value;
      const element = id && document.getElementById(id);
      if (!element) continue;
      // Only what changes is written: a write that changes nothing still costs a layout.
      if (kind === "t") element.textContent !== value && (element.textContent = value);
      else if (kind === "v") element.value !== value && (element.value = value);
      else if (kind === "h") element.hidden !== (value === "1") && (element.hidden = value === "1");
      else if (kind === "o") element.open !== (value === "1") && (element.open = value === "1");
      else if (kind === "x") {
        const invalid = value === "1" ? "true" : "false";
        element.getAttribute("aria-invalid") !== invalid && element.setAttribute("aria-invalid", invalid);
      }
      else if (kind === "s") requestAnimationFrame(() => (element.focus(), element.select()));
    }
    if (main()?.getAttribute(PAGE.stageAttribute) === PAGE.static) main().setAttribute(PAGE.stageAttribute, PAGE.early);
  }

  /** The canonical address, written after the next frame is painted: in Chromium a
   *  replaceState can take tens of milliseconds on a slow phone, and the new figure should not
   *  wait for it. Copy link writes a pending one first; the app, once live, writes its own. */
  let pendingQuery;
  function keepAddress(query) {
    if (pendingQuery === undefined) requestAnimationFrame(() => setTimeout(writeAddress));
    pendingQuery = query;
  }
  function writeAddress() {
    if (pendingQuery === undefined || live()) return (pendingQuery = undefined);
    history.replaceState(history.state, "", location.pathname + (pendingQuery && "?" + pendingQuery) + location.hash);
    pendingQuery = undefined;
  }

  /** Enables a control and sends what is done to it to the module: a select's change (`i`), a
   *  field's text as it is typed (`i`) and when it is left (`c`), a button's press (`k`), a
   *  disclosure opened or closed (`o`). */
  function listen(element) {
    element.disabled = false;
    const send = (kind) => (event) => {
      if (live()) return;
      const control = event.currentTarget;
      if (control.id === PAGE.copy) return copy();
      const value = kind === "k" ? "" : "=" + (kind === "o" ? (control.open ? "1" : "") : control.value);
      // A field being typed in stays where it is on screen: where lines above it appear or
      // go, the page scrolls by as much.
      const top = () => control.getBoundingClientRect().top;
      const before = control.tagName === "INPUT" && top();
      apply(call(exports.early_event, `${kind}:${control.id}${value}`));
      const moved = before === false ? 0 : top() - before;
      if (Math.abs(moved) >= 1) scrollBy(0, moved);
    };
    if (element.tagName === "DETAILS") element.addEventListener("toggle", send("o"));
    else if (element.tagName === "SELECT") element.addEventListener("change", send("i"));
    else if (element.tagName === "INPUT") {
      element.addEventListener("input", send("i"));
      element.addEventListener("change", send("c"));
    } else element.addEventListener("click", send("k"));
  }

  /** Copy link: the address on the clipboard, and the module says what happened (`y`, `n`). */
  function copy() {
    writeAddress();
    const url = location.href;
    const told = (kind) => () => !live() && apply(call(exports.early_event, `${kind}:${url}`));
    (navigator.clipboard?.writeText(url) ?? Promise.reject()).then(told("y"), told("n"));
  }
})();
