// The first stage of loading, built by the post-build hook (post-build.mjs calls it first:
// Trunk runs the hooks of one stage in parallel). It makes the staged index.html paint the
// link's estimate without waiting for the full app:
//
// 1. Builds `src/bin/early.rs` (the model, URL codec and money format; no Leptos) for
//    wasm32 without default features, shrinks it with wasm-opt and stages it under a
//    content-hashed name, early-<hash>.wasm. It also asks the module for the page's ids and
//    stage names (`page::names_json`), which the two loaders below need.
// 2. Inlines public/early.js, minified, with those names, the module's name and its sha384
//    integrity, at the top of <head>: the module is requested while the HTML is still parsed.
//    Writes the same names into the staged boot.js.
// 3. Inlines the stylesheet Trunk staged, so nothing blocks the first paint after the HTML;
//    post-build.mjs puts its hash in the CSP.
// 4. Makes Trunk's start-up script wait for the first stage before it fetches the app's
//    JS glue and WebAssembly (with the integrity hashes Trunk computed: the glue's through an
//    import map), and drops the preloads that would download them at once, so the two stages do
//    not share the bandwidth.
// Every edit must find exactly what it expects (scripts/html-edit.mjs), or the build fails.
import { oneTag, replaceOnce, replaceOneMatch } from "./html-edit.mjs";
import { minify } from "terser";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const NAMES_PLACEHOLDER = "__PAGE_NAMES__";

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
  const optimised = join(dir, ".early.wasm");
  execFileSync(
    "wasm-opt",
    ["-Oz", "--strip-debug", "--strip-producers", "--enable-bulk-memory", "--enable-sign-ext",
      "--enable-nontrapping-float-to-int", "--enable-mutable-globals", built, "-o", optimised],
    { stdio: "inherit" },
  );
  const wasm = readFileSync(optimised);
  unlinkSync(optimised);
  const wasmName = `early-${createHash("sha256").update(wasm).digest("hex").slice(0, 16)}.wasm`;
  writeFileSync(join(dir, wasmName), wasm);
  const integrity = `sha384-${createHash("sha384").update(wasm).digest("base64")}`;
  const names = await pageNames(wasm);

  // Asset URLs follow the page's public URL, as Trunk wrote it for the app's script.
  const glue = oneTag(html, "link", (a) => a.rel === "modulepreload" && /salary-estimator-[0-9a-f]+\.js$/.test(a.href),
    "modulepreload link for the app's script");
  const base = glue.attrs.href.replace(/salary-estimator-[0-9a-f]+\.js$/, "");

  // 2. The loaders, with the page's names: early.js first in <head> after the charset
  // (post-build.mjs puts the CSP before it), boot.js where Trunk staged it.
  const loader = (await minify(withNames(readFileSync(join(root, "public/early.js"), "utf8"), names, "early.js"), {
    compress: { passes: 2 },
    format: { comments: false },
  })).code;
  const charset = oneTag(html, "meta", (a) => "charset" in a, "charset meta");
  html = replaceOnce(html, charset.text,
    (tag) => `${tag}<script data-wasm="${base}${wasmName}" data-integrity="${integrity}">${loader}</script>`,
    "charset meta");
  const boot = join(dir, "boot.js");
  writeFileSync(boot, withNames(readFileSync(boot, "utf8"), names, "boot.js"));

  // 3. The stylesheet, inline.
  const sheet = oneTag(html, "link", (a) => a.rel === "stylesheet" && /style-[0-9a-f]+\.css$/.test(a.href), "stylesheet link");
  const sheetFile = sheet.attrs.href.split("/").pop();
  const css = readFileSync(join(dir, sheetFile), "utf8");
  html = replaceOnce(html, sheet.text, () => `<style>${css}</style>`, "stylesheet link");
  unlinkSync(join(dir, sheetFile));

  // 4. The app waits for the first stage, then fetches its module with Trunk's integrity hash.
  const preload = oneTag(html, "link", (a) => a.rel === "preload" && /_bg\.wasm$/.test(a.href), "preload link for the app's WebAssembly");
  const appIntegrity = preload.attrs.integrity;
  if (!appIntegrity) throw new Error("build-early-stage: the app's WebAssembly has no integrity hash");
  html = replaceOnce(html, preload.text, () => "", "WebAssembly preload");
  html = replaceOneMatch(
    html,
    /const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/,
    (_, path) =>
      `await window.earlyStage;\nconst bindings = await import('${glue.attrs.href}');\nconst init = bindings.default;\n` +
      `const wasm = await init({ module_or_path: fetch('${path}', { integrity: '${appIntegrity}' }) });`,
    "app start-up call",
  );
  // The app's JS glue too waits for the first stage: imported then, not at once, and under its
  // integrity hash through an import map (which must come before the start script).
  const glueIntegrity = glue.attrs.integrity;
  if (!glueIntegrity) throw new Error("build-early-stage: the app's JS glue has no integrity hash");
  html = replaceOneMatch(
    html,
    /import init, \* as bindings from '([^']+)';\s*/,
    (_, path) => {
      if (path !== glue.attrs.href) throw new Error(`build-early-stage: the start script imports ${path}, not ${glue.attrs.href}`);
      return "";
    },
    "the start script's import of the glue",
  );
  html = replaceOnce(html, glue.text, () => "", "modulepreload link for the app's script");
  const start = oneTag(html, "script", (a) => a.type === "module", "the app's start script");
  const importMap = JSON.stringify({ integrity: { [glue.attrs.href]: glueIntegrity } });
  html = replaceOnce(html, start.text, (tag) => `<script type="importmap">${importMap}</script>${tag}`, "the app's start script");

  console.log(
    `build-early-stage: ${wasmName} (${wasm.length} bytes), loader ${Buffer.byteLength(loader)} bytes, ` +
      `stylesheet ${Buffer.byteLength(css)} bytes inline`,
  );
  return html;
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
