// Runs the journeys (journeys.mjs) in one engine with Node's test runner: a static server of
// the release build with the test harness (e2e/server.mjs --harness), a fresh page for each
// journey, and a check after it that the page recorded no console or page error.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { journeys } from "./journeys.mjs";

/** The moment the pages take for now: tax year 2026-27, as the Playwright suite pins it. */
export const PINNED_DATE = "2026-12-01T12:00:00+05:30";

/**
 * `engine.launch()` starts the browser; `engine.page(origin)` opens a fresh page and returns its
 * adapter: `origin`, `open(path)`, `goto(url)`, `text(testid)`, `value(css)`, `choose(css, value)`, `type(css, text)`,
 * `click(css)`, `run(fn, ...args)`, `until(fn, ...args)`, `url()`, `resize(w, h)`, `problems()`
 * and `close()`; `engine.close()` ends the browser.
 */
export function runJourneys(engine, port) {
  const origin = `http://127.0.0.1:${port}`;
  let server;

  before(async () => {
    server = spawn(process.execPath, ["e2e/server.mjs", String(port), "dist", `--harness=${PINNED_DATE}`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise((ready) => server.stdout.once("data", ready));
    await engine.launch();
  });

  after(async () => {
    await engine.close();
    server?.kill();
  });

  for (const [name, journey] of Object.entries(journeys)) {
    // A journey takes a few seconds; the limit turns a browser that never starts into a
    // failure instead of a run that waits for ever.
    test(`${engine.name}: ${name}`, { timeout: 30_000 }, async () => {
      const b = await engine.page(origin);
      try {
        await journey(b);
        assert.deepEqual(await b.problems(), [], "no console or page errors");
      } finally {
        await b.close();
      }
    });
  }
}

/** Opens `path` in an adapter, waits until the app has taken over every section, and opens
 *  every disclosure of the page (its sections, the form's salary structure and claims), as a
 *  person looking for each part would: the journeys are about what is inside them. */
export async function openApp(b, origin, path) {
  await b.goto(`${origin}${path.startsWith("/") ? path : `/${path}`}`);
  await b.until(() => document.querySelector("main")?.dataset.stage === "live" && document.getElementById("section-how")?.hidden === false);
  await b.run(() => {
    for (const details of document.querySelectorAll("details.section, details.terms")) details.open = true;
  });
}

/**
 * In the page: scrolls `element` into view until it stays put for two frames (at most 60), then
 * resolves. Sections skipped by content-visibility take their real height as they come near
 * the view and move what is below them (in WebKit the Compare button moved from under the
 * click in 3 of 20 runs), so each engine's click waits for this before it lands.
 */
export function settleIntoView(element) {
  return new Promise((done) => {
    let last = null;
    let still = 0;
    let frames = 0;
    const settle = () => {
      element.scrollIntoView({ block: "center" });
      const top = element.getBoundingClientRect().top;
      still = top === last ? still + 1 : 0;
      last = top;
      if (still >= 2 || ++frames > 60) done();
      else requestAnimationFrame(settle);
    };
    settle();
  });
}
