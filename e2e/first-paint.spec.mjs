// Loading in stages. The static shell (rendered from the components) paints with the HTML;
// the first stage, a small WebAssembly module, fills in the link's estimate, range, filters
// and notices; then the app takes each part over in place. Nothing moves (cumulative layout
// shift 0) and the figure never changes at the hand-over.
import { test, expect, filter, openApp } from "./fixtures.mjs";

// Requests a service worker answers never reach page.route, and this one would serve the
// app's module from its cache: these tests are first visits without it.
test.use({ serviceWorkers: "block" });

const APP_WASM = /salary-estimator-[0-9a-f]+_bg\.wasm$/;

/** Holds the page's first stage, as a slow link would: the server sends the HTML up to the
 *  first stage's module (the data block at the end of its body), and the rest when the returned
 *  function is called (e2e/server.mjs). Go to the page with `waitUntil: "commit"` then: it has
 *  not loaded. */
async function holdFirstStage(page) {
  const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await page.route("**/*", (route) =>
    route.request().isNavigationRequest()
      ? route.continue({ headers: { ...route.request().headers(), "x-hold-first-stage": token } })
      : route.fallback(),
  );
  return () => page.request.post(`/__release-first-stage?token=${token}`);
}

/** Holds every request matching `pattern` until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

/** Sums every layout shift the page recorded since it started loading. */
async function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered in the observer's first callback, within a frame.
        requestAnimationFrame(() => setTimeout(() => resolve(total), 50));
      }),
  );
}

const stage = (page) => page.locator("main").getAttribute("data-stage");

/** The summary's text but for four years' line, which the app alone writes, into the place the
 *  first stage keeps for it: read from a copy of the card, laid out beside it. */
const summaryText = (page) =>
  page.locator("section.estimate").evaluate((card) => {
    const copy = card.cloneNode(true);
    copy.querySelector('[data-testid="years-lead"]').textContent = "";
    card.after(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
/** The page's visible controls that are disabled, by id: none, once the estimate shows. */
const disabledControls = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("main input, main select, main button, main textarea")]
      .filter((c) => c.disabled && c.getClientRects().length > 0)
      .map((c) => c.id || c.name || c.textContent.trim()),
  );
const boxes = async (page) => {
  const box = async (selector) => page.locator(selector).first().boundingBox();
  return { header: await box("header"), form: await box("form.filters"), card: await box("section.estimate") };
};

for (const viewport of [
  { name: "phone", width: 412, height: 823 },
  { name: "desktop", width: 1280, height: 800 },
]) {
  test(`${viewport.name}: the shell, then the link's estimate, then the app, all in place`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const releaseEarly = await holdFirstStage(page);
    const releaseApp = await hold(page, APP_WASM);
    await page.goto("./?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=12.4", { waitUntil: "commit" });

    // Before any WebAssembly: the static shell, laid out but not shown (its placeholder
    // figures are not this link's), its controls disabled.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend developer salary in India");
    await expect(page.locator("footer")).toBeAttached();
    expect(await stage(page)).toBe("static");
    await expect(page.getByTestId("estimate")).toBeHidden();
    for (const id of ["filter-role", "filter-city", "filter-skill", "filter-exp", "filter-company", "offer", "current"]) {
      await expect(page.locator(`#${id}`)).toBeDisabled();
    }
    const shell = await boxes(page);

    // The first stage: the link's figures, the offer's pay in hand, and every control
    // answering, while the app is still held back.
    await releaseEarly();
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
    await expect(page.getByTestId("estimate")).toBeVisible();
    await expect(page.getByTestId("range")).toHaveText("₹11.3 L to ₹17.0 L");
    await expect(page.getByTestId("profile")).toHaveText(
      "Senior Backend Developer · Bengaluru · Python · Mid-Level (4–7 yrs)",
    );
    await expect(filter(page, "City")).toHaveValue("bengaluru");
    await expect(filter(page, "City")).toBeEnabled();
    const offer = page.getByRole("textbox", { name: "Your offer (CTC)" });
    await expect(offer).toBeEnabled();
    await expect(offer).toHaveValue("12.4");
    await expect(page.getByTestId("summary-in-hand")).toHaveText(/^₹[0-9,]+$/);
    await expect(page.getByTestId("summary-verdict")).toContainText("within its range");
    await expect(page.getByTestId("link-has-offer")).toHaveText("This link includes your offer of ₹12.4 L.");
    expect(await disabledControls(page), "no control is disabled once the estimate shows").toEqual([]);
    expect(await stage(page)).toBe("early");
    const early = await boxes(page);
    const earlyText = await summaryText(page);

    // Record every change to the figure from here on: the hand-over must make none.
    await page.evaluate(() => {
      window.__figureTexts = [];
      new MutationObserver(() => {
        const figure = document.querySelector('[data-testid="estimate"]');
        const style = figure && getComputedStyle(figure);
        window.__figureTexts.push(figure && style.visibility === "visible" ? figure.textContent : "(none)");
      }).observe(document.getElementById("main"), { childList: true, subtree: true, characterData: true });
    });
    releaseApp();
    await expect(page.locator("#section-how")).toBeVisible();
    expect(await stage(page)).toBe("live");
    expect(await summaryText(page), "the summary reads the same in the app").toBe(earlyText);
    await expect(page.getByTestId("years-lead")).toContainText("after tax");
    const seen = await page.evaluate(() => window.__figureTexts);
    expect(new Set(seen), "the figure read ₹14.1 L throughout the hand-over").toEqual(new Set(["₹14.1 L"]));
    expect(await disabledControls(page)).toEqual([]);

    // The app's own form and summary stand exactly where the first stage's did, at the same
    // size. The shell's are never shown (main is hidden until the first stage has filled it,
    // so a summary that grows for the link's offer moves nothing anyone saw); the header,
    // shown from the start, stays where the shell put it.
    const live = await boxes(page);
    for (const part of ["header", "form", "card"]) {
      for (const side of ["x", "y", "width", "height"]) {
        expect(live[part][side], `${part} ${side} against the first stage`).toBeCloseTo(early[part][side], 0);
      }
    }
    for (const side of ["x", "y", "width", "height"]) {
      expect(live.header[side], `header ${side} against the shell`).toBeCloseTo(shell.header[side], 0);
    }
    const cls = await layoutShift(page);
    console.log(`first paint, ${viewport.name}: cumulative layout shift ${cls.toFixed(4)}`);
    expect(cls).toBe(0);
  });
}

test("a bad parameter's notice is shown by the first stage, as text, and kept by the app", async ({ page }) => {
  const releaseApp = await hold(page, APP_WASM);
  await page.goto("./?city=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&skill=java");
  const notice = page.getByTestId("notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(filter(page, "Skill")).toHaveValue("java");
  const before = await notice.boundingBox();
  releaseApp();
  await expect(page.locator("main")).toHaveAttribute("data-stage", "live");
  await expect(notice).toContainText("<img src=x onerror=alert(1)>");
  expect(await notice.boundingBox()).toEqual(before);
});

test("without streaming compilation the first stage still fills in the estimate", async ({ page }) => {
  await page.addInitScript(() => {
    delete WebAssembly.instantiateStreaming;
  });
  const releaseApp = await hold(page, APP_WASM);
  await page.goto("./?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid");
  await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
  await expect(page.getByTestId("estimate")).toBeVisible();
  expect(await stage(page)).toBe("early");
  releaseApp();
  await expect(page.locator("main")).toHaveAttribute("data-stage", "live");
});

test("a filter changed as soon as the app takes over is kept, in the page and the link", async ({ page }) => {
  await page.goto("./?city=pune");
  // The first moment the form answers: the app has just replaced the shell's.
  await filter(page, "City").selectOption("chennai");
  await expect(page.getByTestId("profile")).toHaveText("Chennai");
  await expect(page).toHaveURL(/\?city=chennai$/);
  // Still so once every section has mounted.
  await expect(page.locator("#section-how")).toBeVisible();
  await expect(filter(page, "City")).toHaveValue("chennai");
  await expect(page.getByTestId("profile")).toHaveText("Chennai");
});

test.describe("when the first stage's module is damaged", () => {
  test("the app still fills the page", async ({ page }) => {
    // The page as a proxy that mangles it might send it: the module's bytes cut short.
    await page.route("**/*", async (route) => {
      if (!route.request().isNavigationRequest()) return route.fallback();
      const response = await route.fetch();
      const html = await response.text();
      const damaged = html.replace(/(<script type="application\/octet-stream"[^>]*>)[^<]{100}[^<]*/, "$1damaged");
      expect(damaged).not.toBe(html);
      await route.fulfill({ response, body: damaged });
    });
    await openApp(page, "./?city=pune");
    await expect(page.getByTestId("profile")).toHaveText("Pune");
    await expect(filter(page, "City")).toHaveValue("pune");
    expect(await stage(page)).toBe("live");
    await expect(page.locator("#boot-status")).toHaveCount(0);
  });
});
test("the page has a title, a description and link-preview tags, absolute where the build knows its address", async ({
  page,
}, testInfo) => {
  await openApp(page);
  await expect(page).toHaveTitle(/salary in India/);
  const meta = async (selector) => page.locator(selector).getAttribute("content");
  expect((await meta('meta[name="description"]')).length).toBeGreaterThan(80);
  expect(await meta('meta[property="og:title"]')).toMatch(/salary/i);
  expect((await meta('meta[property="og:description"]')).length).toBeGreaterThan(40);
  expect(await meta('meta[property="og:type"]')).toBe("website");
  // Link previews ignore relative URLs: a build without SITE_URL has no URL tags at all.
  const urls = page.locator('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]');
  if (testInfo.project.name !== "public-url") {
    await expect(urls).toHaveCount(0);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveCount(0);
    return;
  }
  // The public-url build was given SITE_URL=http://127.0.0.1:4175/salary/ (scripts/test.sh).
  expect(await meta('meta[property="og:url"]')).toBe("http://127.0.0.1:4175/salary/");
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  // The preview image is served, is a PNG and is the size the tags declare.
  const image = await meta('meta[property="og:image"]');
  expect(image).toBe("http://127.0.0.1:4175/salary/og-image.png");
  const response = await page.request.get(image);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
    Number(await meta('meta[property="og:image:width"]')),
    Number(await meta('meta[property="og:image:height"]')),
  ]);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const [what, query] of [
    ["a one-line profile", "?city=pune"],
    ["a profile too long for two lines", "?role=engineering-manager&city=bengaluru&skill=data-security&exp=senior&company=accenture"],
  ]) {
    test(`the estimate card fits ${what}, at the shell's height throughout`, async ({ page }) => {
      const releaseEarly = await holdFirstStage(page);
      const releaseApp = await hold(page, APP_WASM);
      await page.goto(`./${query}`, { waitUntil: "commit" });
      await expect(page.locator("footer")).toBeAttached();
      const card = page.locator("section.estimate");
      const shell = (await card.boundingBox()).height;
      await releaseEarly();
      await expect(page.locator("main")).toHaveAttribute("data-stage", "early");
      expect((await card.boundingBox()).height, "after the first stage").toBeCloseTo(shell, 0);
      releaseApp();
      await expect(page.locator("main")).toHaveAttribute("data-stage", "live");
      const live = await card.boundingBox();
      expect(live.height, "in the app").toBeCloseTo(shell, 0);
      // Under the profile only the card's own padding and border: no blank band.
      const chip = await page.getByTestId("profile").boundingBox();
      const under = live.y + live.height - (chip.y + chip.height);
      console.log(`estimate card at 390 px, ${what}: ${live.height.toFixed(0)} px tall, ${under.toFixed(0)} px under the profile`);
      expect(under).toBeLessThanOrEqual(18);
      expect(await layoutShift(page)).toBe(0);
    });
  }
});

const TWO_OFFERS = "?role=senior-backend-developer&city=bengaluru&offer=19&var=15&b.role=senior-backend-developer&b.city=pune&b.offer=17.5";
const AGAINST_CURRENT = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=21.5&var=15&current=14";
for (const [width, height, cases] of [
  [390, 844, [
    ["an offer below the estimate, with its counter-offer", "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=12"],
    ["a take-home wanted, with the CTC to ask for", "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&want=150000&current=14"],
    ["two offers, with the verdict and four years' line", TWO_OFFERS],
    ["an offer against the current job, with four years' line", AGAINST_CURRENT],
  ]],
  // The width of most Android phones in India: four years' line takes a fourth line here.
  [360, 740, [
    ["two offers, with the verdict and four years' line", TWO_OFFERS],
    ["an offer against the current job, with four years' line", AGAINST_CURRENT],
  ]],
]) test.describe(`the summary as the app takes over, on a ${width} px phone`, () => {
  test.use({ viewport: { width, height } });
  for (const [what, query] of cases) {
    test(`${what}: the first stage's summary is the app's, and nothing moves`, async ({ page }) => {
      const releaseApp = await hold(page, APP_WASM);
      await page.goto(`./${query}`);
      await expect(page.locator("main")).toHaveAttribute("data-stage", "early");
      const card = page.locator("section.estimate");
      const early = await card.boundingBox();
      const earlyText = await summaryText(page);
      releaseApp();
      await expect(page.locator("main")).toHaveAttribute("data-stage", "live");
      await expect(page.locator("#section-how")).toBeVisible();
      expect(await summaryText(page), "the summary reads the same in the app").toBe(earlyText);
      // With an offer, the app has written four years' line into the place the shell kept.
      if (query.includes("offer=")) {
        await expect(page.getByTestId("years-lead")).toHaveText(/^From January 2027 to March 2031, (offer [AB]|staying) .+\.$/);
      }
      const live = await card.boundingBox();
      expect(live.height, "the card's height in the app").toBeCloseTo(early.height, 0);
      const cls = await layoutShift(page);
      console.log(`summary at ${width} px, ${what}: ${live.height.toFixed(0)} px tall, layout shift ${cls.toFixed(4)}`);
      expect(cls).toBe(0);
    });
  }
});

test("in the first stage the selects and Dismiss answer, and the app takes over where they left off", async ({ page }) => {
  const releaseApp = await hold(page, APP_WASM);
  await page.goto("./?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=12.4&ceo=1");
  await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
  expect(await stage(page)).toBe("early");
  // A change: the new figure from the same Rust, and the canonical address, before any app.
  const entries = await page.evaluate(() => history.length);
  await filter(page, "City").selectOption("pune");
  await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
  await expect(page.getByTestId("profile")).toHaveText("Senior Backend Developer · Pune · Python · Mid-Level (4–7 yrs)");
  await expect(page).toHaveURL(/\?role=senior-backend-developer&city=pune&skill=python&exp=mid&offer=12\.4$/);
  expect(await page.evaluate(() => history.length), "the address is replaced, not pushed").toBe(entries);
  await expect(page.getByTestId("notice")).toContainText("“ceo” is not one this page uses");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("notice")).toBeHidden();
  expect(await stage(page)).toBe("early");
  // The app takes over from the address and the form: the same figure, no notice.
  const texts = [];
  await page.exposeFunction("__seen", (t) => texts.push(t));
  await page.evaluate(() =>
    new MutationObserver(() => window.__seen(document.querySelector('[data-testid="estimate"]').textContent)).observe(
      document.getElementById("main"),
      { childList: true, subtree: true, characterData: true },
    ),
  );
  releaseApp();
  await expect(page.locator("#section-how")).toBeVisible();
  expect(await stage(page)).toBe("live");
  await expect(page.getByTestId("estimate")).toHaveText("₹9.9 L");
  await expect(filter(page, "City")).toHaveValue("pune");
  await expect(page.getByTestId("notice")).toBeHidden();
  await expect(page).toHaveURL(/\?role=senior-backend-developer&city=pune&skill=python&exp=mid&offer=12\.4$/);
  expect(new Set(texts), "the figure never flickered").toEqual(new Set(["₹9.9 L"]));
});

test("a notice the first stage shows stays when the app takes over, after a change", async ({ page }) => {
  const releaseApp = await hold(page, APP_WASM);
  await page.goto("./?city=atlantis&skill=java");
  await expect(page.getByTestId("notice")).toContainText("“atlantis” is not a city");
  await filter(page, "Skill").selectOption("python");
  await expect(page).toHaveURL(/\?skill=python$/);
  releaseApp();
  await expect(page.locator("main")).toHaveAttribute("data-stage", "live");
  await expect(page.getByTestId("notice")).toContainText("“atlantis” is not a city");
  await expect(filter(page, "Skill")).toHaveValue("python");
});

test("a change made in the moment between the app's start and its form is kept", async ({ page }) => {
  const releaseApp = await hold(page, APP_WASM);
  await page.goto("./?city=pune");
  await expect(page.getByTestId("estimate")).toHaveText("₹8.2 L");
  // The instant the app marks the page live (its estimate card is in, the form is still the
  // first stage's), the city changes on the shell's select.
  await page.evaluate(() =>
    new MutationObserver((_, observer) => {
      if (document.getElementById("main").dataset.stage !== "live") return;
      observer.disconnect();
      const select = document.getElementById("filter-city");
      select.value = "chennai";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }).observe(document.getElementById("main"), { attributes: true }),
  );
  releaseApp();
  await expect(page.locator("#section-how")).toBeVisible();
  await expect(page.getByTestId("profile")).toHaveText("Chennai");
  await expect(filter(page, "City")).toHaveValue("chennai");
  await expect(page).toHaveURL(/\?city=chennai$/);
});
