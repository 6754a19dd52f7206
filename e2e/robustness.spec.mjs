// Hostile links, the content security policy, and pages without WebAssembly or JavaScript.
import { test, expect, filter, openApp } from "./fixtures.mjs";

const query = (page) => new URL(page.url()).search;

test("hostile links leave no dialog or error, keep the page working and show the notice as text", async ({ page }) => {
  const values = [
    "<script>alert(1)</script>",
    "javascript:alert(document.domain)",
    '"><img src=x onerror=alert(1)>',
    "x".repeat(5000),
  ];
  const raw = values.map((v, i) => `${["role", "city", "skill", "exp"][i]}=${encodeURIComponent(v)}`).join("&");
  // Invalid UTF-8, a broken escape, repeated keys and an empty key on top.
  await openApp(page, `?${raw}&company=%FF%FE%C3%28&b.role=%E0%A4&=x&skill=java&city=pune`);
  const notice = page.getByTestId("notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("“<script>alert(1)</script>” is not a role");
  await expect(notice).toContainText("“javascript:alert(document.domain)” is not a city");
  await expect(notice.locator("li:visible")).toHaveCount(5); // four listed, the rest counted
  await expect(notice).toContainText("more problems in the link were ignored");
  await expect(page.locator("img")).toHaveCount(0);
  // The one inline classic script is the first stage's loader, which the build wrote (the
  // import map beside it and the first stage's module are data, not scripts).
  expect(
    await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'script:not([src]):not([type=module]):not([type=importmap]):not([type="application/octet-stream"])',
        ),
      ].map((s) => s.hasAttribute("data-module")),
    ),
  ).toEqual([true]);
  for (const name of ["Role", "City", "Skill", "Experience", "Employer"]) {
    await expect(filter(page, name)).toHaveValue("");
  }
  // The page still works, and the address is clean again.
  await filter(page, "City").selectOption("chennai");
  await expect(page.getByTestId("estimate")).toHaveText("₹5.9 L"); // 8 × 5 / 6.8
  await expect.poll(() => query(page)).toBe("?city=chennai&compare=1");
});

test("a notice quotes an over-long value only in part", async ({ page }) => {
  await openApp(page, `?${"k".repeat(300)}=1`);
  const text = await page.getByTestId("notice").locator("li").first().textContent();
  expect(text.length).toBeLessThan(140);
  expect(text).toContain("…");
});

test.describe("content security policy", () => {
  test.use({ expectedErrors: [/Content Security Policy/] });

  test("is in force, and the app runs under it with no violation", async ({ page }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await openApp(page, "?role=technical-lead&city=mumbai&b.skill=python");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain("unsafe-inline");
    await filter(page, "Skill").selectOption("nodejs");
    await page.getByRole("button", { name: "Stop comparing" }).click();
    expect(await page.evaluate(() => window.__violations)).toEqual([]);

    // An injected inline script is refused: the policy is really enforced.
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.append(s);
      return window.__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => page.evaluate(() => window.__violations.length)).toBe(1);
  });
});

test("every script and WebAssembly module is loaded under a subresource integrity hash", async ({ page }) => {
  await openApp(page, "./?city=pune");
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll("script[src]")].map((e) => ({ src: e.getAttribute("src"), integrity: e.integrity })),
  );
  // boot.js under its content hash: the service worker serves scripts cache first.
  expect(scripts.map((s) => s.src.split("/").pop())).toContainEqual(expect.stringMatching(/^boot-[0-9a-f]{16}\.js$/));
  for (const s of scripts) expect(s.integrity, s.src).toMatch(/^sha384-/);
  // The app's glue is imported once the first stage is done: the import map gives its hash,
  // and it is the only thing the map says.
  const map = JSON.parse(await page.locator("script[type=importmap]").textContent());
  expect(Object.keys(map)).toEqual(["integrity"]);
  const glue = Object.keys(map.integrity);
  expect(glue).toHaveLength(1);
  expect(glue[0]).toMatch(/salary-estimator-[0-9a-f]+\.js$/);
  expect(map.integrity[glue[0]]).toMatch(/^sha384-/);
  // The first stage's module is a data block in the page, which no browser runs as a script,
  // after everything the page shows; the loader names it. The app's start passes its module's hash
  // to fetch.
  const block = await page.locator("script[data-module]").getAttribute("data-module");
  expect(
    await page.evaluate((id) => {
      const data = document.getElementById(id);
      const after = document.querySelector("footer").compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING;
      return [data.type, after > 0, data.textContent.length > 60_000];
    }, block),
  ).toEqual(["application/octet-stream", true, true]);
  const start = await page.locator("script[type=module]").textContent();
  expect(start).toContain(glue[0]);
  expect(start).toMatch(/fetch\('[^']+_bg\.wasm', \{ integrity: 'sha384-/);
});

test.describe("without WebAssembly", () => {
  test.use({ expectedErrors: [/WebAssembly/] });

  test("the page explains itself instead of staying blank", async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto("./");
    await expect(page.locator("#boot-status")).toContainText("needs WebAssembly");
    // The shell's placeholder figure is never shown: no estimate is better than a wrong one.
    await expect(page.getByTestId("estimate")).toBeHidden();
  });
});

test("the served page carries a noscript message for browsers without JavaScript", async ({ page, request, baseURL }) => {
  // Headless Chromium parses <noscript> as if scripts ran even with JavaScript off, so the
  // served HTML is parsed here the way a browser without scripting parses it: DOMParser
  // never runs scripts.
  const html = await (await request.get(baseURL)).text();
  await openApp(page);
  const message = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "text/html");
    return doc.querySelector("noscript .noscript")?.textContent ?? null;
  }, html);
  expect(message).toContain("needs JavaScript and WebAssembly");
});
