// Trunk post-build hook: makes the staged build load in stages, smaller, safe to host anywhere
// and usable offline.
//
// First, the first stage of loading: scripts/build-early-stage.mjs (the early module, its inline
// loader, the inline stylesheet, and an app start that waits for it). Then:
// 0. Minifies the JavaScript with terser (Trunk's own minifier cannot parse wasm-bindgen's
//    glue) and rewrites the Subresource Integrity hashes of what it changed; adds them to the
//    scripts Trunk only copies (boot.js).
// 1. Adds a Content-Security-Policy <meta> that allows only this origin, WebAssembly
//    compilation, and the exact inline scripts and styles in the page (by their SHA-256 hashes).
// 2. Writes sw.js, the service worker, with the list of files to precache and a cache
//    version derived from their contents, so every new build gets a fresh cache.
// 3. Release builds: writes a gzip copy (name.gz) of each text and wasm file, compressed
//    with zopfli, which is gzip-compatible and about 6% smaller than gzip -9. A host that
//    serves precompressed files (nginx gzip_static, deploy/nginx.conf) sends these.
//
// Runs as `node scripts/post-build.mjs [dir]`; Trunk passes the staging dir in TRUNK_STAGING_DIR.
// BUILD_LABEL (optional) is written into the page, so tests can tell two builds apart.
// SITE_URL (optional), the address the site is served at, makes the link-preview tags
// absolute (og:url, og:image): chat apps ignore a relative preview image.
import { buildEarlyStage } from "./build-early-stage.mjs";
import { minify } from "terser";
import { gzipAsync } from "@gfx/zopfli";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("usage: post-build.mjs DIR (or set TRUNK_STAGING_DIR)");
const indexPath = join(dir, "index.html");
let html = await buildEarlyStage(dir, readFileSync(indexPath, "utf8"));

const sha256 = (text) => createHash("sha256").update(text).digest("base64");
const sha384 = (bytes) => createHash("sha384").update(bytes).digest("base64");

// Minify in place; the file names keep Trunk's content hashes, which still change with
// the source. Only release builds: `trunk serve` keeps readable glue for debugging.
if (process.env.TRUNK_PROFILE === "release" || process.argv.includes("--minify")) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".js") && f !== "sw.js")) {
    const path = join(dir, name);
    const before = readFileSync(path);
    const { code } = await minify(before.toString("utf8"), {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    });
    writeFileSync(path, code);
    const oldHash = `sha384-${sha384(before)}`;
    if (html.includes(oldHash)) html = html.replaceAll(oldHash, `sha384-${sha384(code)}`);
    console.log(`post-build: minified ${name}: ${before.length} -> ${Buffer.byteLength(code)} bytes`);
  }
}

// Subresource integrity on the scripts Trunk copies as they are (boot.js): Trunk hashes
// only the assets it builds.
html = html.replace(/<script(?![^>]*\sintegrity=)([^>]*\ssrc="?([^"\s>]+)"?[^>]*)>/g, (tag, attrs, src) => {
  const local = join(dir, src.replace(/^\.?\//, ""));
  if (src.includes("//") || !existsSync(local)) return tag;
  return `<script${attrs} integrity="sha384-${sha384(readFileSync(local))}">`;
});

// Inline scripts only: those with a src are covered by 'self'.
const inlineHashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${sha256(m[1])}'`);

// The inlined stylesheet (build-early-stage.mjs), likewise by its hash.
const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${sha256(m[1])}'`);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes.join(" ")}`.trim(),
  `style-src 'self' ${styleHashes.join(" ")}`.trim(),
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const siteUrl = process.env.SITE_URL;
if (siteUrl) {
  const base = new URL(siteUrl); // throws on a malformed address: better than a broken preview
  const absolute = (path) => new URL(path, base).href.replace(/"/g, "%22");
  html = html.replace(/(<meta property="og:image" content=")([^"]+)"/g, (_, start, path) => `${start}${absolute(path)}"`);
  html = html.replace(/(<meta property="og:type"[^>]*>)/, `$1<meta property="og:url" content="${absolute("./")}">`);
}

const label = process.env.BUILD_LABEL ?? "";
const files = readdirSync(dir, { withFileTypes: true })
  .filter((f) => f.isFile() && f.name !== "sw.js" && !f.name.startsWith("."))
  .map((f) => f.name)
  .sort();
// The version covers every file's bytes (index.html as it will be served) and the label.
const versionHash = createHash("sha256");
for (const name of files) versionHash.update(name).update(readFileSync(join(dir, name)));
versionHash.update(policy).update(label).update(siteUrl ?? "");
const version = versionHash.digest("hex").slice(0, 16);

const meta =
  `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
  `<meta name="build" content="${version}${label ? ` ${label}` : ""}">`;
// The policy must come before any script, so it goes right after <head> or <meta charset>.
html = html.replace(/(<meta charset=["']?utf-8["']?\s*\/?>)/i, `$1${meta}`);
if (!html.includes("Content-Security-Policy")) throw new Error("could not place the CSP meta");
writeFileSync(indexPath, html);

// Only what the page needs offline: the PNGs (chat-app previews, home-screen installs)
// and robots.txt are for visits that happen online.
const precache = ["./", ...files.filter((f) => f !== "index.html" && f !== "robots.txt" && !f.endsWith(".png"))];
const worker = readFileSync(new URL("../public/sw.template.js", import.meta.url), "utf8")
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(precache));
const minifiedWorker = (await minify(worker, { compress: { passes: 2 }, format: { comments: false } })).code;
writeFileSync(join(dir, "sw.js"), process.env.TRUNK_PROFILE === "release" ? minifiedWorker : worker);

console.log(`post-build: CSP with ${inlineHashes.length} inline script and ${styleHashes.length} style hash(es); sw.js precaches ${precache.length} files as ${version}`);

if (process.env.TRUNK_PROFILE === "release" || process.argv.includes("--compress")) {
  const COMPRESSIBLE = /\.(html|js|wasm|css|svg|webmanifest|json|txt)$/;
  for (const name of readdirSync(dir).filter((f) => COMPRESSIBLE.test(f))) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), await gzipAsync(bytes, { numiterations: 15 }));
  }
  console.log("post-build: wrote zopfli .gz copies for gzip_static");
}
