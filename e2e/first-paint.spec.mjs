// The page paints its heading and a form skeleton from static HTML before the WebAssembly
// arrives, and the app takes over without moving anything (cumulative layout shift 0).
import { test, expect, filter, openApp } from "./fixtures.mjs";

/** Holds every .wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
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

for (const viewport of [
  { name: "phone", width: 412, height: 823 },
  { name: "desktop", width: 1280, height: 800 },
]) {
  test(`${viewport.name}: heading and form skeleton come first, then the app replaces them in place`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const release = await holdWasm(page);
    await page.goto("./?city=pune");

    // Before the WebAssembly: the static page, already laid out.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend developer salary in India");
    await expect(page.getByText("Loading the estimator…")).toBeVisible();
    for (const name of ["Role", "City", "Skill", "Experience", "Employer"]) {
      await expect(filter(page, name)).toBeDisabled();
    }
    await expect(page.getByTestId("estimate")).toHaveCount(0);
    const box = async (selector) => page.locator(selector).first().boundingBox();
    const before = { header: await box("header"), form: await box("form.filters"), card: await box("section.estimate") };

    release();
    await expect(page.getByTestId("estimate")).toBeVisible();
    await expect(filter(page, "City")).toBeEnabled();
    await expect(filter(page, "City")).toHaveValue("pune");
    await expect(page.getByText("Loading the estimator…")).toHaveCount(0);

    // The app's own form and card start where the skeleton's did.
    const after = { header: await box("header"), form: await box("form.filters"), card: await box("section.estimate") };
    for (const part of ["header", "form", "card"]) {
      expect(after[part].x, `${part} x`).toBeCloseTo(before[part].x, 0);
      expect(after[part].y, `${part} y`).toBeCloseTo(before[part].y, 0);
      expect(after[part].width, `${part} width`).toBeCloseTo(before[part].width, 0);
    }
    const cls = await layoutShift(page);
    console.log(`first paint, ${viewport.name}: cumulative layout shift ${cls.toFixed(4)}`);
    expect(cls).toBe(0);
  });
}

test("the page has a title, a description and link-preview tags whose image is served", async ({
  page,
}) => {
  await openApp(page);
  await expect(page).toHaveTitle(/salary in India/);
  const meta = async (selector) => page.locator(selector).getAttribute("content");
  expect((await meta('meta[name="description"]')).length).toBeGreaterThan(80);
  expect(await meta('meta[property="og:title"]')).toMatch(/salary/i);
  expect(await meta('meta[property="og:description"]')).toBeTruthy();
  expect(await meta('meta[property="og:type"]')).toBe("website");
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  // The preview image is served, is a PNG and is the size the tags declare.
  const image = await meta('meta[property="og:image"]');
  const response = await page.request.get(new URL(image, page.url()).href);
  expect(response.ok()).toBe(true);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
    Number(await meta('meta[property="og:image:width"]')),
    Number(await meta('meta[property="og:image:height"]')),
  ]);
});
