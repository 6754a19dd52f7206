// The first stage of loading, built by the post-build hook (post-build.mjs calls it first:
// Trunk runs the hooks of one stage in parallel). It makes the staged index.html paint the
// link's estimate without waiting for the full app:
//
// 1. Builds `src/bin/early.rs` (the model, URL codec and money format; no Leptos) for
//    wasm32 without default features and shrinks it with wasm-opt. It also asks the module for
//    the page's ids and stage names (`page::names_json`), which the two loaders below need, and
//    then drops that export.
// 2. Writes the module into the page itself, at the end of <body>, as a data block (see
//    `inlineModule`): a file of its own would wait a round trip for its request, which on a
//    phone (150 ms) is longer than its bytes take to arrive after the HTML's.
// 3. Inlines public/early.js, minified, with those names and the data block's id, at the top of
//    <head>. Writes the same names into the staged boot.js.
// 4. Inlines the shell's stylesheet Trunk staged, so nothing blocks the first paint after the
//    HTML (post-build.mjs puts its hash in the CSP), and takes the sections' stylesheet out of
//    the head: the app's start-up adds it after the estimate, so it is not among the bytes before.
// 5. Writes the integrity hashes of the app's JS glue and WebAssembly into the app's start-up,
//    which is the project's own template (Trunk.toml's pattern_script): it waits for the first
//    stage before it loads them, and there are no preloads, so the two stages do not share the
//    bandwidth. Nothing Trunk generates is edited.
// Every edit must find exactly what it expects (scripts/html-edit.mjs), or the build fails.
import { oneTag, replaceOnce } from "./html-edit.mjs";
import { minify } from "terser";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const NAMES_PLACEHOLDER = "__PAGE_NAMES__";
/** The id of the data block that holds the module in the page. */
const MODULE_ID = "early-module";

/** Adds the first stage to the build staged in `dir`; returns the page's new HTML. */
export async function buildEarlyStage(dir, page) {
  let html = page;

  // 1. The module. Always a release build: it is small, and a debug one is ten times the size.
  const target = "wasm32-unknown-unknown";
  execFileSync(
    "cargo",
    ["build", "--release", "--locked", "--quiet", "--target", target, "--bin", "early", "--no-default-features"],
    { cwd: root, stdio: "inherit" },
  );
  const built = join(process.env.CARGO_TARGET_DIR ?? join(root, "target"), target, "release", "early.wasm");
  // The names are asked of the module as cargo built it; the page's module goes without that
  // export, which only the build calls.
  const names = await pageNames(readFileSync(built));
  const optimised = join(dir, ".early.wasm");
  execFileSync(
    "wasm-opt",
    // Memory below 1 KB is never used (Rust's stack sits below its data, from 1 MB down) and
    // starts zeroed, which lets wasm-opt fold addresses and drop zeros: 0.1 KB less served.
    // Safe Rust never traps on a load, a store or a division (it checks, and panics, first), so
    // wasm-opt may assume those never trap; and functions alike but for a constant are merged
    // before -Oz: 0.15 KB less together.
    ["--remove-exports", "--pass-arg=remove-exports@early_page_names", "--low-memory-unused", "--zero-filled-memory",
      "--ignore-implicit-traps", "--merge-similar-functions", "-Oz", "--converge", "--strip-debug", "--strip-producers",
      "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int", "--enable-mutable-globals", built,
      "-o", optimised],
    { stdio: "inherit" },
  );
  const wasm = readFileSync(optimised);
  unlinkSync(optimised);

  // 2. The module, at the end of <body>: after the shell, so the shell paints first. Its bytes'
  // order is chosen once the page around it is as it will be served (`repackModule`).
  const block = `<script type="application/octet-stream" id="${MODULE_ID}">${inlineModule(wasm)}</script>`;
  html = replaceOnce(html, "</body>", (tag) => `${block}${tag}`, "</body>");

  // 3. The loaders, with the page's names: early.js first in <head> after the charset
  // (post-build.mjs puts the CSP before it), boot.js where Trunk staged it.
  const loader = (await minify(withNames(readFileSync(join(root, "public/early.js"), "utf8"), names, "early.js"), {
    compress: { passes: 2 },
    format: { comments: false },
  })).code;
  const charset = oneTag(html, "meta", (a) => "charset" in a, "charset meta");
  html = replaceOnce(html, charset.text, (tag) => `${tag}<script data-module="${MODULE_ID}">${loader}</script>`, "charset meta");
  const boot = join(dir, "boot.js");
  writeFileSync(boot, withNames(readFileSync(boot, "utf8"), names, "boot.js"));

  // 4. The shell's stylesheet, inline; the sections', out of the page's head (the app's start-up
  // adds it once the estimate is painted).
  const sheet = oneTag(html, "link", (a) => a.rel === "stylesheet" && /style-[0-9a-f]+\.css$/.test(a.href), "stylesheet link");
  const sheetFile = sheet.attrs.href.split("/").pop();
  const css = readFileSync(join(dir, sheetFile), "utf8");
  html = replaceOnce(html, sheet.text, () => `<style>${css}</style>`, "stylesheet link");
  unlinkSync(join(dir, sheetFile));
  const sections = oneTag(html, "link", (a) => a.rel === "stylesheet" && /sections-[0-9a-f]+\.css$/.test(a.href),
    "sections' stylesheet link");
  if (!sections.attrs.integrity) throw new Error("build-early-stage: the sections' stylesheet has no integrity hash");
  html = replaceOnce(html, sections.text, () => "", "sections' stylesheet link");
  html = replaceOnce(html, "__SECTIONS_CSS__", () => sections.attrs.href, "__SECTIONS_CSS__ in the app's start-up");
  html = replaceOnce(html, "__SECTIONS_CSS_INTEGRITY__", () => sections.attrs.integrity, "__SECTIONS_CSS_INTEGRITY__ in the app's start-up");

  // 5. The app's start-up (Trunk.toml's pattern_script, the project's template): the integrity
  // hashes of the glue and the module it loads, in place of its placeholders.
  for (const [placeholder, file] of [
    ["__APP_GLUE_INTEGRITY__", /^salary-estimator-[0-9a-f]+\.js$/],
    ["__APP_WASM_INTEGRITY__", /^salary-estimator-[0-9a-f]+_bg\.wasm$/],
  ]) {
    const [name, ...more] = readdirSync(dir).filter((f) => file.test(f));
    if (!name || more.length) throw new Error(`build-early-stage: expected one file matching ${file}, found ${[name, ...more]}`);
    const integrity = `sha384-${createHash("sha384").update(readFileSync(join(dir, name))).digest("base64")}`;
    html = replaceOnce(html, placeholder, () => integrity, `${placeholder} in the app's start-up`);
  }

  console.log(
    `build-early-stage: module ${wasm.length} bytes, ${Buffer.byteLength(block)} in the page; loader ${Buffer.byteLength(loader)} bytes, ` +
      `stylesheet ${Buffer.byteLength(css)} bytes inline`,
  );
  return html;
}

/** The 125 characters a module's text writes in one byte (`inlineModule`), in order. */
const SAFE = [];
for (let c = 0x01; c < 0x80; c++) if (c !== 0x0d && c !== 0x3c) SAFE.push(c);
/** Whether a one-byte character stands for its own byte: the printable ones do. */
const printable = (c) => c >= 0x20 && c <= 0x7e;

/**
 * The module's bytes as the text of a data block, one character a byte, so that the compressor
 * finds the same repeats in it as in the bytes themselves (base64 would cost 29% more, gzipped).
 * The 125 characters that UTF-8 writes in one byte and that a script's text keeps as they are
 * (all of U+0001 to U+007F but carriage return, which the parser turns into a line feed, and
 * "<", which could end the script) stand for 125 bytes: each printable one (U+0020 to U+007E)
 * for its own byte, so the module's strings (the page's ids and words) read as they do in the
 * markup and brotli matches them there (1.6 KB less served than the 125 commonest bytes in
 * order of frequency, for 0.3 KB more as gzip); the others for the commonest remaining bytes,
 * give or take a few near the cut-off (below).
 * Every other byte b is the two-byte character U+0100 + b. The text opens with the table: for
 * each of those 125 characters in order, U+0100 + the byte it stands for. public/early.js
 * reads it back.
 */
function inlineModule(wasm, pageWith = null) {
  const count = new Array(256).fill(0);
  for (const b of wasm) count[b]++;
  const others = [...count.keys()].filter((b) => !(printable(b) && SAFE.includes(b)));
  others.sort((a, b) => count[b] - count[a] || a - b);
  // Which bytes near the cut-off of the commonest get the last one-byte characters moves the
  // served size by up to 0.2 KB either way, as brotli finds different matches: given the page
  // (`pageWith` the module's text), each swap of one of the last 8 in with one of the next 8
  // out is tried, and the one whose page is smallest under brotli kept.
  if (!pageWith) return encodeModule(wasm, others);
  const slots = SAFE.filter((c) => !printable(c)).length;
  const served = (order) => brotli(Buffer.from(pageWith(encodeModule(wasm, order)), "utf8")).length;
  let best = { others, size: served(others) };
  for (let i = slots - 8; i < slots; i++) {
    for (let j = slots; j < slots + 8 && j < others.length; j++) {
      const tried = [...others];
      [tried[i], tried[j]] = [tried[j], tried[i]];
      const size = served(tried);
      if (size < best.size) best = { others: tried, size };
    }
  }
  return encodeModule(wasm, best.others);
}

/** The module's text, as `inlineModule` says, with `others` in the order they get the
 * one-byte characters that are not printable. */
function encodeModule(wasm, others) {
  let next = 0;
  const byteFor = SAFE.map((c) => (printable(c) ? c : others[next++]));
  const char = Array.from({ length: 256 }, (_, b) => 0x100 + b);
  SAFE.forEach((c, i) => (char[byteFor[i]] = c));
  const table = byteFor.map((b) => String.fromCharCode(0x100 + b)).join("");
  let body = "";
  for (const b of wasm) body += String.fromCharCode(char[b]);
  if (/[\0\r<]/.test(table + body)) throw new Error("build-early-stage: the module's text holds a character a script cannot keep");
  return table + body;
}

/**
 * The page with its module's bytes packed in the order it serves smallest (`inlineModule`):
 * post-build.mjs calls it on release builds once the page is as it will be served but for its
 * version, which is a hash of it.
 */
export function repackModule(page) {
  const open = `<script type="application/octet-stream" id="${MODULE_ID}">`;
  const start = page.indexOf(open) + open.length;
  const end = page.indexOf("</script>", start);
  if (start < open.length || end < 0) throw new Error("build-early-stage: no module block to repack");
  const text = page.slice(start, end);
  // The table, then the body: as public/early.js reads it.
  const byChar = new Map(SAFE.map((c, i) => [c, text.charCodeAt(i) - 0x100]));
  const body = text.slice(SAFE.length);
  const wasm = Uint8Array.from(body, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x80 ? byChar.get(c) : c - 0x100;
  });
  const repacked = inlineModule(wasm, (moduleText) => page.slice(0, start) + moduleText + page.slice(end));
  return page.slice(0, start) + repacked + page.slice(end);
}

/** The bytes as served to a browser that accepts brotli: post-build.mjs writes every `.br`
 * with it, and `inlineModule` weighs the page with it. */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
      [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** The page's ids and stage names, from the module itself: the one Rust home of them. */
async function pageNames(wasm) {
  const { instance } = await WebAssembly.instantiate(wasm, {});
  const { memory, early_page_names } = instance.exports;
  const at = early_page_names();
  const length = new DataView(memory.buffer).getUint32(at, true);
  return JSON.parse(new TextDecoder().decode(new Uint8Array(memory.buffer, at + 4, length)));
}

/** A loader's source with the names object in place of its one placeholder. */
function withNames(source, names, file) {
  return replaceOnce(source, NAMES_PLACEHOLDER, () => JSON.stringify(names), `${NAMES_PLACEHOLDER} in ${file}`);
}
