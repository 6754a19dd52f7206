// Fresh loads of a page as a phone user first sees it, for the load-time benchmarks: Chromium
// with the Lighthouse mobile profile applied through DevTools emulation (150 ms round trip,
// 1.6 Mbps down, 750 kbps up, CPU 4x slower, cache off), a fresh browser for each load, the
// build served as deploy/nginx.conf serves it (precompressed gzip).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

export const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
/** The profiles a run can take: Lighthouse's mobile one (the budgets' own), or, with
 *  LOAD_PROFILE=slow, a slow 3G-like link (400 ms round trip, 400 kbps, CPU 6x slower) whose
 *  figures are printed for comparison and hold no budget. */
const PROFILES = {
  mobile: { name: "Lighthouse mobile emulation", network: MOBILE, cpu: 4 },
  slow: {
    name: "slow 3G-like emulation (400 ms, 400 kbps, CPU 6x)",
    network: { latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 },
    cpu: 6,
  },
};
export const PROFILE = PROFILES[process.env.LOAD_PROFILE ?? "mobile"];
if (!PROFILE) throw new Error(`phone-loads: LOAD_PROFILE is one of ${Object.keys(PROFILES).join(", ")}`);
/** Whether the budgets apply: only on the profile they are set for. */
export const BUDGETED = PROFILE === PROFILES.mobile;
/** Timing budgets fail only at this much of their target, a clear regression: the machines are
 *  noisy, and 1.25 failed a good build. Every figure is printed whatever it is. */
export const MARGIN = 1.5;
/** Fresh loads per figure: its median is taken over at least this many. */
export const LOADS = 7;
/** The shared link every load opens. */
/** How long a fresh browser is left to settle before the load it measures. */
const SETTLE_MS = 1000;
export const PRESET = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** What a page logs when its figures are in (`window.__measured()`). */
const MEASURED = "phone-loads: measured";

/** In every page, before `init` (`measured` is MEASURED):
 *  - `window.__whenPainted(found, then)`, which calls `then(now, foundAt)` in the animation
 *    frame after the one in which `found()` first holds: that frame's rendering, which painted
 *    what it found, is done. Every time the benchmarks give is taken so, when it is on screen;
 *  - `window.__estimateShown()`, whether the estimate is in the page to be seen (the ₹ figure in
 *    data-testid="estimate", visible: the shell holds a figure but hides it until the first stage
 *    has filled in the link's own), and `window.__whenEstimatePainted(then)`;
 *  - `window.__onceEstimatePainted({ control, act, result })`, a person acting on the estimate
 *    once it is on screen: the first frame from then in which `control()` is enabled, `act(it)`;
 *    then the frame by which `result()` (a text, or null while it is not one yet) has changed,
 *    painted. Resolves to { shown, acted, painted, from, to, stage } and logs `measured`;
 *  - `window.__measured()`, which `init` calls once its figures are in. */
function definePageHelpers(measured) {
  window.__measured = () => console.log(measured);
  window.__whenPainted = (found, then) => {
    let foundAt;
    const check = (now) => {
      if (foundAt !== undefined) return then(now, foundAt);
      if (found()) foundAt = now;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  window.__estimateShown = () => {
    const figure = document.querySelector('[data-testid="estimate"]');
    return Boolean(figure && figure.textContent.includes("₹") && getComputedStyle(figure).visibility === "visible");
  };
  window.__whenEstimatePainted = (then) => window.__whenPainted(window.__estimateShown, then);
  window.__onceEstimatePainted = ({ control, act, result }) =>
    new Promise((resolve) =>
      window.__whenEstimatePainted((shown) => {
        let acted, from;
        const check = (now) => {
          if (acted === undefined) {
            const it = control();
            if (it && !it.disabled) {
              acted = now;
              from = result();
              act(it);
            }
          } else {
            const to = result();
            if (to !== null && to !== from) {
              resolve({ shown, acted, painted: now, from, to, stage: document.querySelector("main").dataset.stage });
              return window.__measured();
            }
          }
          requestAnimationFrame(check);
        };
        check(shown);
      }),
    );
}

/**
 * Serves `dist` on `port`, then `loads` times: a fresh phone-profile browser opens the preset
 * link with `init` run before the page's scripts (after the helpers of `definePageHelpers`);
 * once `init` has called `window.__measured()`, `measure(page)` returns that load's figures.
 * Returns them all.
 */
export async function phoneLoads({ dist, port, loads, init, measure }) {
  const server = spawn(process.execPath, ["e2e/server.mjs", String(port), dist], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ready) => server.stdout.once("data", ready));
  const results = [];
  try {
    for (let i = 0; i < loads; i++) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
      });
      try {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await cdp.send("Network.emulateNetworkConditions", { offline: false, ...PROFILE.network });
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpu });
        await page.addInitScript(definePageHelpers, MEASURED);
        await page.addInitScript(init);
        // A phone's browser is already running when a link is opened: let this fresh one finish
        // starting up (its own processes take the 2 cores for a moment) before the clock starts.
        await page.goto("about:blank");
        await page.waitForTimeout(SETTLE_MS);
        // Nothing is asked of the page until its figures are in: the first evaluation in a
        // page sets up Playwright's own script there, 40-70 ms of the page's main thread at 4x
        // CPU, which would land in the middle of what is timed (the page's load event now comes
        // with the estimate, the first stage's module being in the HTML).
        const measured = page.waitForEvent("console", { predicate: (m) => m.text() === MEASURED, timeout: 60_000 });
        await page.goto(`http://127.0.0.1:${port}/${PRESET}`, { waitUntil: "commit" });
        await measured;
        results.push(await measure(page, i));
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.kill();
  }
  return results;
}
