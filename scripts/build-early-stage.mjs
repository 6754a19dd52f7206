// The first stage of loading, built by the post-build hook (post-build.mjs calls it first:
// Trunk runs the hooks of one stage in parallel). It makes the staged index.html paint the
// link's estimate without waiting for the full app:
//
// 1. Builds `src/bin/early.rs` (the model, URL codec and money format; no Leptos) for
//    wasm32 without default features, shrinks it with wasm-opt and stages it under a
//    content-hashed name, early-<hash>.wasm.
// 2. Inlines public/early.js, minified, with that name and its sha384 integrity, at the top of
//    <head>: the module is requested while the HTML is still being parsed.
// 3. Inlines the stylesheet Trunk staged, so nothing blocks the first paint after the HTML;
//    post-build.mjs puts its hash in the CSP.
// 4. Makes Trunk's start-up script wait for the first stage before it fetches the app's
//    WebAssembly (with the same integrity hash Trunk computed), and drops the preload that
//    would download it at once, so the two do not share the bandwidth.
import { minify } from "terser";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** Adds the first stage to the build staged in `dir`; returns the page's new HTML. */
export async function buildEarlyStage(dir, page) {
  let html = page;
  /** Replaces the one occurrence of `pattern` (a string or a regex), or fails the build. */
  const replaceOnce = (pattern, replacement, what) => {
    const count = typeof pattern === "string"
      ? html.split(pattern).length - 1
      : (html.match(new RegExp(pattern.source, pattern.flags + "g")) ?? []).length;
    if (count !== 1) throw new Error(`build-early-stage: expected one ${what}, found ${count}`);
    html = html.replace(pattern, replacement);
  };

  // 1. The module. Always a release build: it is small, and a debug one is ten times the size.
  const target = "wasm32-unknown-unknown";
  execFileSync(
    "cargo",
    ["build", "--release", "--locked", "--quiet", "--target", target, "--bin", "early", "--no-default-features"],
    { cwd: root, stdio: "inherit" },
  );
  const built = join(root, "target", target, "release", "early.wasm");
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

  // Asset URLs follow the page's public URL, as Trunk wrote it for the app's script.
  const glue = html.match(/<link[^>]*\shref="?([^"\s>]*?)salary-estimator-[0-9a-f]+\.js"?[^>]*rel="?modulepreload/);
  if (!glue) throw new Error("build-early-stage: no modulepreload link for the app's script");
  const base = glue[1];

  // 2. The loader, first in <head> after the charset (post-build.mjs puts the CSP before it).
  const loader = (await minify(readFileSync(join(root, "public/early.js"), "utf8"), {
    compress: { passes: 2 },
    format: { comments: false },
  })).code;
  replaceOnce(
    /(<meta charset="?utf-8"?\s*\/?>)/i,
    `$1<script data-wasm="${base}${wasmName}" data-integrity="${integrity}">${loader}</script>`,
    "charset meta",
  );

  // 3. The stylesheet, inline.
  const sheet = html.match(/<link[^>]*\shref="?[^"\s>]*?(style-[0-9a-f]+\.css)"?[^>]*>/);
  if (!sheet) throw new Error("build-early-stage: no stylesheet link");
  const css = readFileSync(join(dir, sheet[1]), "utf8");
  replaceOnce(sheet[0], () => `<style>${css}</style>`, "stylesheet link");
  unlinkSync(join(dir, sheet[1]));

  // 4. The app waits for the first stage, then fetches its module with Trunk's integrity hash.
  const preload = html.match(/<link[^>]*\shref="?([^"\s>]*_bg\.wasm)"?[^>]*>/);
  if (!preload) throw new Error("build-early-stage: no preload link for the app's WebAssembly");
  const appIntegrity = preload[0].match(/integrity="?([^"\s>]+)/)?.[1];
  if (!appIntegrity) throw new Error("build-early-stage: the app's WebAssembly has no integrity hash");
  replaceOnce(preload[0], "", "WebAssembly preload");
  replaceOnce(
    /const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/,
    (_, path) =>
      `await window.earlyStage;\nconst wasm = await init({ module_or_path: fetch('${path}', { integrity: '${appIntegrity}' }) });`,
    "app start-up call",
  );

  console.log(
    `build-early-stage: ${wasmName} (${wasm.length} bytes), loader ${Buffer.byteLength(loader)} bytes, ` +
      `stylesheet ${Buffer.byteLength(css)} bytes inline`,
  );
  return html;
}
