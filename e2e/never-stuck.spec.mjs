// No stalled download leaves the page stuck. The app's module is held (never answered),
// aborted and delayed by a few seconds, and the first stage's (in the page) stalls or starts
// late: the page always ends up right, a late module writes nothing
// over a newer page, and a slow app is said plainly, with a way to try again.
import { test, expect, filter, openApp, PINNED_DATE } from "./fixtures.mjs";

// The service worker would answer the modules from its cache: these are first visits.
test.use({ serviceWorkers: "block" });

const APP_WASM = /salary-estimator-[0-9a-f]+_bg\.wasm$/;
const WORKED = "./?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
const stage = (page) => page.locator("main");

/** Never answers a request for `pattern`. */
const never = (page, pattern) => page.route(pattern, () => {});
/** Answers requests for `pattern` after `ms`. */
const after = (page, pattern, ms) =>
  page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });

/** The first stage's module is in the page (scripts/build-early-stage.mjs), so no request of
 *  its own can be held: instead its instantiation (from its bytes, or from a Response made of
 *  them, which has no URL; the app's module comes from a fetched Response) is made to answer
 *  after `ms`, or never. `window.__earlyStarted` says when it has. */
const slowFirstStage = (page, ms) =>
  page.addInitScript((ms) => {
    const later = (instantiate) => {
      if (ms === null) return new Promise(() => {});
      return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
        window.__earlyStarted = true;
        return instantiate();
      });
    };
    const { instantiate, instantiateStreaming } = WebAssembly;
    WebAssembly.instantiate = (source, ...rest) =>
      source instanceof Uint8Array ? later(() => instantiate(source, ...rest)) : instantiate(source, ...rest);
    WebAssembly.instantiateStreaming = (source, ...rest) =>
      Promise.resolve(source).then((response) =>
        response.url ? instantiateStreaming(response, ...rest) : later(() => instantiateStreaming(response, ...rest)),
      );
  }, ms);

test.describe("the first stage's module", () => {
  test("stalled: the app starts after a short wait and fills the page", async ({ page }) => {
    await slowFirstStage(page, null);
    // Every stage the page goes through: the first stage's never comes.
    await page.addInitScript(() => {
      window.__stages = [];
      new MutationObserver(() => window.__stages.push(document.querySelector("main")?.dataset.stage)).observe(document, {
        subtree: true,
        attributeFilter: ["data-stage"],
      });
    });
    const started = Date.now();
    await openApp(page, WORKED);
    const waited = Date.now() - started;
    console.log(`never-stuck: the first stage stalled, the app took over after ${waited} ms`);
    expect(await page.evaluate(() => window.__stages)).toEqual(["live"]);
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
    await expect(stage(page)).toHaveAttribute("data-stage", "live");
    await expect(page.locator("#boot-status")).toHaveCount(0);
    await filter(page, "City").selectOption("pune");
    await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
  });

  test("late past the app: it starts and writes nothing over the app", async ({ page }) => {
    await slowFirstStage(page, 3000);
    await openApp(page, WORKED);
    await filter(page, "City").selectOption("pune");
    await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
    // Wait for the late module to have started and run.
    await page.waitForFunction(() => window.__earlyStarted, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
    await expect(filter(page, "City")).toHaveValue("pune");
    await expect(page).toHaveURL(/city=pune/);
    await expect(stage(page)).toHaveAttribute("data-stage", "live");
  });
});

test.describe("the app's module", () => {
  test("held: the first stage keeps answering, and after 8 s the page says the rest is still loading", async ({ page }) => {
    await never(page, APP_WASM);
    await page.goto(WORKED);
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
    await filter(page, "City").selectOption("pune");
    await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
    const status = page.locator("#boot-status");
    await expect(status).toContainText(
      "The rest of the page is still loading. The estimate and the filters above already work.",
      { timeout: 12_000 },
    );
    await expect(status.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(status).toHaveAttribute("role", "status");
    // Still answering meanwhile.
    await filter(page, "City").selectOption("chennai");
    await expect(page.getByTestId("estimate")).toHaveText("₹7.1 L");
    await expect(stage(page)).toHaveAttribute("data-stage", "early");
  });

  test("held: an offer typed meanwhile shows its pay in hand, the same figures the app shows", async ({ page, browser }) => {
    // The app's own figures for the same link, from a page where it did arrive.
    const app = await browser.newPage();
    await app.clock.setFixedTime(new Date(PINNED_DATE));
    await openApp(app, `${WORKED}&offer=19&current=14`);
    const expected = {};
    for (const id of ["summary-in-hand", "summary-regime", "summary-verdict", "summary-hike"]) {
      expected[id] = await app.getByTestId(id).textContent();
    }
    await app.close();

    await never(page, APP_WASM);
    await page.goto(WORKED);
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
    await page.getByRole("textbox", { name: "Your offer (CTC)" }).fill("19");
    await page.getByRole("textbox", { name: /current/ }).fill("14");
    await expect(page.locator("#offer-status")).toContainText("₹19 L");
    for (const [id, text] of Object.entries(expected)) await expect(page.getByTestId(id)).toHaveText(text);
    await expect(page).toHaveURL(/offer=19/);
    await expect(page).toHaveURL(/current=14/);
    await expect(page.locator("#boot-status")).toContainText("The rest of the page is still loading.", { timeout: 12_000 });
    await expect(stage(page)).toHaveAttribute("data-stage", "early");
  });

  test.describe("aborted", () => {
    // One pattern: test.use reads a two-item array as a value and its options.
    test.use({ expectedErrors: [/Failed to load resource|fetch/i] });
    test("the first stage keeps answering and the page says the rest could not load, with a retry", async ({ page }) => {
      await page.route(APP_WASM, (route) => route.abort());
      await page.goto(WORKED);
      await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
      const status = page.locator("#boot-status");
      await expect(status).toContainText("The rest of the estimator could not load. Check your connection and try again.");
      await expect(status.getByRole("button", { name: "Try again" })).toBeVisible();
      await filter(page, "City").selectOption("pune");
      await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
      // Trying again with the connection back brings the app.
      await page.unroute(APP_WASM);
      await status.getByRole("button", { name: "Try again" }).click();
      await expect(page.locator("#section-how")).toBeVisible();
      await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
      await expect(page.locator("#boot-status")).toHaveCount(0);
    });
  });

  test("delayed: the first stage answers meanwhile, then the app takes over cleanly and the wait line goes", async ({ page }) => {
    // Past the 8 s after which the page says it is still loading, so the line shows and goes.
    await after(page, APP_WASM, 9000);
    await page.goto(WORKED);
    await filter(page, "Skill").selectOption("java");
    await expect(page.getByTestId("estimate")).toHaveText("₹10.0 L");
    await expect(page.locator("#boot-status")).toContainText("still loading", { timeout: 12_000 });
    await expect(page.locator("#section-how")).toBeVisible({ timeout: 15_000 });
    await expect(stage(page)).toHaveAttribute("data-stage", "live");
    await expect(page.locator("#boot-status")).toHaveCount(0);
    await expect(page.getByTestId("estimate")).toHaveText("₹10.0 L");
    await expect(filter(page, "Skill")).toHaveValue("java");
    await expect(page).toHaveURL(/skill=java/);
  });
});
