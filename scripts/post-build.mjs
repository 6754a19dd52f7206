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
// 3. Release builds: writes a brotli copy (name.br, quality 11) and a gzip copy (name.gz,
//    compressed with zopfli, gzip-compatible and about 6% smaller than gzip -9) of each text
//    and wasm file. A host that serves precompressed files (nginx brotli_static and
//    gzip_static, deploy/nginx.conf) sends the brotli copy to browsers that accept it (every
//    current one does), the gzip copy to the rest.
//
// Runs as `node scripts/post-build.mjs [dir]`; Trunk passes the staging dir in TRUNK_STAGING_DIR.
// BUILD_LABEL (optional) is written into the page, so tests can tell two builds apart.
// SITE_URL (optional), the address the site is served at, adds the link-preview image and the
// page's address, absolute (og:image, og:url): chat apps ignore a relative preview image.
import { brotli, buildEarlyStage, repackModule } from "./build-early-stage.mjs";
import { elements, oneTag, replaceOnce, tags, withAttribute } from "./html-edit.mjs";
import { minify } from "terser";
import { gzipAsync } from "@gfx/zopfli";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
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
    // Trunk hashed the app's glue; boot.js gets its hash after this loop.
    if (html.includes(oldHash)) html = replaceOnce(html, oldHash, () => `sha384-${sha384(code)}`, `integrity of ${name}`);
    console.log(`post-build: minified ${name}: ${before.length} -> ${Buffer.byteLength(code)} bytes`);
  }
}

// The scripts Trunk copies as they are (boot.js): a content hash in the name, as the assets
// Trunk builds have, and subresource integrity. The service worker serves assets cache first,
// so a new page must never ask for an old script under the same name (its integrity would
// block it).
for (const tag of tags(html, "script").filter((t) => t.attrs.src && !("integrity" in t.attrs))) {
  const src = tag.attrs.src;
  const local = join(dir, src.replace(/^\.?\//, ""));
  if (src.includes("//") || !existsSync(local)) continue;
  const code = readFileSync(local);
  const hashedSrc = src.replace(/\.js$/, `-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`);
  renameSync(local, join(dir, hashedSrc.replace(/^\.?\//, "")));
  html = replaceOnce(
    html,
    tag.text,
    (text) => {
      // The src as written, quoted or not (the HTML is minified).
      const renamed = text.replace(/(\ssrc=)("?)[^"\s>]+\2/, (_, attribute, quote) => `${attribute}${quote}${hashedSrc}${quote}`);
      if (renamed === text) throw new Error(`post-build: found no src to rename in ${text}`);
      return withAttribute(renamed, "integrity", `sha384-${sha384(code)}`);
    },
    `script ${src}`,
  );
}

// Inline scripts only: those with a src are covered by 'self'. Then the inlined stylesheet
// (build-early-stage.mjs), likewise by its hash.
// (The first stage's module is a data block, never run: it needs no hash.)
const inlineHashes = elements(html, "script")
  .filter((e) => !("src" in e.attrs) && e.attrs.type !== "application/octet-stream")
  .map((e) => `'sha256-${sha256(e.content)}'`);
const styleHashes = elements(html, "style").map((e) => `'sha256-${sha256(e.content)}'`);
if (inlineHashes.length < 2 || styleHashes.length !== 1) {
  throw new Error(`post-build: expected the first stage's loader, Trunk's start script and one style, found ${inlineHashes.length} inline scripts and ${styleHashes.length} styles`);
}

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes.join(" ")}`,
  `style-src 'self' ${styleHashes.join(" ")}`,
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// Link previews: an image and the page's own address, absolute, only when the build knows where
// it will be served (SITE_URL); chat apps ignore a relative preview image, so none is written
// without it. X reads the og: tags too, with its large-image card.
const siteUrl = process.env.SITE_URL;
if (siteUrl) {
  const base = new URL(siteUrl); // throws on a malformed address: better than a broken preview
  const absolute = (path) => new URL(path, base).href.replace(/"/g, "%22");
  const type = oneTag(html, "meta", (a) => a.property === "og:type", "og:type meta");
  const preview = [
    `<meta property="og:url" content="${absolute("./")}">`,
    `<meta property="og:image" content="${absolute("og-image.png")}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="Backend developer salary in India: an offer set against the market, and its pay in hand.">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ].join("");
  html = replaceOnce(html, type.text, (text) => `${text}${preview}`, "og:type meta");
}

// The policy must come before any script, so it goes right after <meta charset>. The build
// meta carries the version, which hashes the page as it will be served: the placeholder
// stands in for the version itself while it is computed.
const label = process.env.BUILD_LABEL ?? "";
const VERSION_PLACEHOLDER = "__BUILD_VERSION__";
const charset = oneTag(html, "meta", (a) => "charset" in a, "charset meta");
html = replaceOnce(html, charset.text, (text) =>
  `${text}<meta http-equiv="Content-Security-Policy" content="${policy}">` +
  `<meta name="build" content="${VERSION_PLACEHOLDER}${label ? ` ${label}` : ""}">`, "charset meta");

// The first stage's module, its bytes packed in the order that this page, as served, is smallest
// in (release builds: 65 compressions of it, about 8 s).
if (process.env.TRUNK_PROFILE === "release") html = repackModule(html);

const files = readdirSync(dir, { withFileTypes: true })
  .filter((f) => f.isFile() && f.name !== "sw.js" && !f.name.startsWith("."))
  .map((f) => f.name)
  .sort();
// The version covers every file's bytes, index.html as it will be served, and the label.
const versionHash = createHash("sha256");
for (const name of files) versionHash.update(name).update(name === "index.html" ? html : readFileSync(join(dir, name)));
versionHash.update(label);
const version = versionHash.digest("hex").slice(0, 16);
html = replaceOnce(html, VERSION_PLACEHOLDER, () => version, "build version placeholder");
writeFileSync(indexPath, html);

// Only what the page needs offline: the PNGs (chat-app previews, home-screen installs)
// and robots.txt are for visits that happen online.
const precache = ["./", ...files.filter((f) => f !== "index.html" && f !== "robots.txt" && !f.endsWith(".png"))];
let worker = readFileSync(new URL("../public/sw.template.js", import.meta.url), "utf8");
worker = replaceOnce(worker, "__VERSION__", () => version, "__VERSION__ in sw.template.js");
worker = replaceOnce(worker, "__PRECACHE__", () => JSON.stringify(precache), "__PRECACHE__ in sw.template.js");
const minifiedWorker = (await minify(worker, { compress: { passes: 2 }, format: { comments: false } })).code;
writeFileSync(join(dir, "sw.js"), process.env.TRUNK_PROFILE === "release" ? minifiedWorker : worker);

console.log(`post-build: CSP with ${inlineHashes.length} inline script and ${styleHashes.length} style hash(es); sw.js precaches ${precache.length} files as ${version}`);

if (process.env.TRUNK_PROFILE === "release" || process.argv.includes("--compress")) {
  const COMPRESSIBLE = /\.(html|js|wasm|css|svg|webmanifest|json|txt)$/;
  for (const name of readdirSync(dir).filter((f) => COMPRESSIBLE.test(f))) {
    const bytes = readFileSync(join(dir, name));
    writeFileSync(join(dir, `${name}.gz`), await gzipAsync(bytes, { numiterations: 15 }));
    writeFileSync(join(dir, `${name}.br`), brotli(bytes));
  }
  console.log("post-build: wrote brotli .br and zopfli .gz copies for brotli_static and gzip_static");
}
