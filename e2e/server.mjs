// A small static server for the release build in dist/, as any static host would serve it,
// text and WebAssembly compressed for clients that accept it: the build's brotli name.br where
// there is one and the client accepts brotli (like nginx's brotli_static), else its zopfli
// name.gz (gzip_static), else gzip compressed on the fly.
// The same files are served at the root and under /salary/ to prove sub-path hosting works.
// Usage: node e2e/server.mjs [port] [dist-dir] [next-dist-dir] [--harness[=DATE]]
// With a next-dist-dir, `POST /__deploy` switches to it: a new deployment, for update tests.
// With --harness (the engine journeys, e2e/engines/), every page gets a first script of the
// tests' own, served from this origin so the page's CSP allows it: it records console
// errors, uncaught errors and unhandled rejections in `window.__problems` (WebDriver classic
// has no console events), and with a DATE it pins `Date` to that moment (the tax year follows
// the date). Nothing else in the page changes. With the harness, `POST /__hold-app` holds
// every request for the app's module until `POST /__release-app`, so a journey can see the
// first stage alone in engines whose drivers cannot hold a request themselves.
// A page requested with the header `x-hold-first-stage: TOKEN` is sent up to the first stage's
// module (the data block at the end of its body), and the rest only after
// `POST /__release-first-stage?token=TOKEN`: the shell is parsed and painted, and the first
// stage waits, as on a slow link (the tests set the header on the one page they hold).
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const options = process.argv.slice(2).filter((a) => a.startsWith("--"));
const [portArg, distArg, nextArg] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const port = Number(portArg ?? 4173);
let root = resolve(distArg ?? "dist");
const nextRoot = nextArg ? resolve(nextArg) : null;
/** While the harness holds the app's module: the promise its requests wait on, and its release. */
let appHeld = null;
const APP_MODULE = /salary-estimator-[0-9a-f]+_bg\.wasm$/;
const harness = options.find((o) => o === "--harness" || o.startsWith("--harness="));
const HARNESS_PATH = "/__harness.js";
const pinnedDate = harness?.includes("=") ? Date.parse(harness.split("=")[1]) : null;
if (Number.isNaN(pinnedDate)) throw new Error(`server: unreadable date in ${harness}`);

/** Pages held before their first stage: token -> { gate, release }, made by whichever comes first. */
const firstStageHolds = new Map();
const firstStageHold = (token) => {
  if (!firstStageHolds.has(token)) {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    firstStageHolds.set(token, { gate, release });
  }
  return firstStageHolds.get(token);
};
const FIRST_STAGE_MODULE = '<script type="application/octet-stream"';

/** The harness script (see the top of this file). */
const harnessScript = `(() => {
  const problems = (window.__problems = []);
  const consoleError = console.error;
  console.error = (...args) => {
    problems.push("console error: " + args.map(String).join(" "));
    consoleError.apply(console, args);
  };
  addEventListener("error", (e) => problems.push("page error: " + (e.message || e.error)));
  addEventListener("unhandledrejection", (e) => problems.push("unhandled rejection: " + e.reason));
  const pinned = ${JSON.stringify(pinnedDate)};
  if (pinned !== null) {
    const RealDate = Date;
    window.Date = class extends RealDate {
      constructor(...args) { super(...(args.length ? args : [pinned])); }
      static now() { return pinned; }
    };
  }
})();`;

/** The page with the harness as its first script, right after the CSP and build metas. */
function withHarness(html) {
  const at = html.search(/<meta name="?build"?[^>]*>/);
  if (at < 0) throw new Error("server: the page has no build meta to put the harness after");
  const end = html.indexOf(">", at) + 1;
  return `${html.slice(0, end)}<script src="${HARNESS_PATH}"></script>${html.slice(end)}`;
}
const SUB_PATH = "/salary/";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
};

const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".svg", ".webmanifest", ".json", ".txt"]);
const gzipped = new Map(); // path -> { mtimeMs, body }

async function gzipOf(file) {
  try {
    return await readFile(`${file}.gz`);
  } catch {
    // no precompressed copy: compress now
  }
  const { mtimeMs } = await stat(file);
  const cached = gzipped.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(await readFile(file), { level: 9 });
  gzipped.set(file, { mtimeMs, body });
  return body;
}

async function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath);
  if (path.startsWith(SUB_PATH)) path = "/" + path.slice(SUB_PATH.length);
  if (path.endsWith("/")) path += "index.html";
  const full = resolve(join(root, normalize(path)));
  if (full !== root && !full.startsWith(root + sep)) return null; // no escaping dist/
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (req.method === "POST" && url.pathname === "/__deploy" && nextRoot) {
      root = nextRoot;
      res.writeHead(204);
      return res.end();
    }
    if (harness && req.method === "POST" && url.pathname === "/__hold-app") {
      let release;
      appHeld ??= { gate: new Promise((resolve) => (release = resolve)), release };
      res.writeHead(204);
      return res.end();
    }
    if (harness && req.method === "POST" && url.pathname === "/__release-app") {
      appHeld?.release();
      appHeld = null;
      res.writeHead(204);
      return res.end();
    }
    if (req.method === "POST" && url.pathname === "/__release-first-stage") {
      firstStageHold(url.searchParams.get("token")).release();
      res.writeHead(204);
      return res.end();
    }
    if (appHeld && APP_MODULE.test(url.pathname)) await appHeld.gate;
    if (harness && url.pathname.endsWith(HARNESS_PATH)) {
      res.writeHead(200, { "Content-Type": TYPES[".js"], "Cache-Control": "no-cache" });
      return res.end(harnessScript);
    }
    if (url.pathname === "/salary") {
      res.writeHead(301, { Location: SUB_PATH + url.search });
      return res.end();
    }
    const file = await fileFor(url.pathname);
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("not found");
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const holdToken = req.headers["x-hold-first-stage"];
    if (holdToken && extname(file) === ".html") {
      const page = await readFile(file, "utf8");
      const at = page.indexOf(FIRST_STAGE_MODULE);
      if (at < 0) throw new Error("server: the page has no first-stage module to hold");
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-cache" });
      res.write(page.slice(0, at));
      await firstStageHold(holdToken).gate;
      firstStageHolds.delete(holdToken);
      return res.end(page.slice(at));
    }
    if (harness && extname(file) === ".html") {
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-cache" });
      return res.end(withHarness(await readFile(file, "utf8")));
    }
    const hashed = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/.test(file);
    const headers = {
      "Content-Type": type,
      "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
      Vary: "Accept-Encoding",
    };
    const accepts = req.headers["accept-encoding"] ?? "";
    // "br;q=0" (or q=0.0, 0.00, 0.000) refuses brotli; any other weight accepts it.
    if (COMPRESSIBLE.has(extname(file)) && /\bbr\b(?!\s*;\s*q=0(?:\.0{1,3})?\s*(?:[,;]|$))/.test(accepts) && existsSync(`${file}.br`)) {
      res.writeHead(200, { ...headers, "Content-Encoding": "br" });
      return res.end(await readFile(`${file}.br`));
    }
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(accepts)) {
      res.writeHead(200, { ...headers, "Content-Encoding": "gzip" });
      return res.end(await gzipOf(file));
    }
    res.writeHead(200, headers);
    res.end(await readFile(file));
  } catch (err) {
    res.writeHead(500, { "Content-Type": "text/plain" });
    res.end(String(err));
  }
}).listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}/ and http://127.0.0.1:${port}${SUB_PATH}`);
});
