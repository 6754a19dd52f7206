// The core journeys in a second engine: Debian's Firefox ESR, driven over WebDriver BiDi by
// Puppeteer (Playwright cannot fetch its own Firefox build here). Node's test runner; every
// journey fails on any console error or uncaught page error.
//   node --test e2e/firefox/journeys.mjs            (FIREFOX_PATH overrides /usr/bin/firefox-esr)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import puppeteer from "puppeteer-core";

const PORT = 4176;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WORKED = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
let server;
let browser;

before(async () => {
  server = spawn(process.execPath, ["e2e/server.mjs", String(PORT), "dist"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ready) => server.stdout.once("data", ready));
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
    headless: true,
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A fresh context and page that records every console error and page error. */
async function freshPage(t) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], "no console or page errors");
  });
  return page;
}

/** Opens a path and waits until the app has taken over and every section is in place. */
async function openApp(page, path = "/") {
  await page.goto(`${ORIGIN}${path.startsWith("/") ? path : `/${path}`}`);
  await page.waitForFunction(
    () => document.querySelector("main")?.dataset.stage === "live" && document.querySelector("section.sources"),
  );
}

/** Clicks an element as a person would, once it is scrolled into view and laid out. */
async function click(handle) {
  await handle.evaluate(
    (e) => new Promise((done) => (e.scrollIntoView({ block: "center" }), requestAnimationFrame(() => requestAnimationFrame(done)))),
  );
  await handle.click();
}

const text = (page, testid) => page.$eval(`[data-testid="${testid}"]`, (e) => e.textContent.trim());
const param = (page, name) => new URL(page.url()).searchParams.get(name);
const waitForText = (page, testid, expected) =>
  page.waitForFunction(
    (id, want) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() === want,
    {},
    testid,
    expected,
  );

test("a preset link opens with its estimate, range and filters", async (t) => {
  const page = await freshPage(t);
  await openApp(page, WORKED);
  assert.equal(await text(page, "estimate"), "₹14.1 L");
  assert.equal(await text(page, "range"), "₹11.3 L to ₹17.0 L");
  assert.equal(await page.$eval("#filter-city", (s) => s.value), "bengaluru");
});

test("changing each filter updates the link and the estimate; Any removes the parameter", async (t) => {
  const page = await freshPage(t);
  await openApp(page, WORKED);
  for (const [id, param_, value] of [
    ["filter-role", "role", "technical-lead"],
    ["filter-city", "city", "pune"],
    ["filter-skill", "skill", "java"],
    ["filter-exp", "exp", "senior"],
    ["filter-company", "company", "accenture"],
  ]) {
    const before = await text(page, "estimate");
    await page.select(`#${id}`, value);
    await page.waitForFunction((p, v) => new URL(location.href).searchParams.get(p) === v, {}, param_, value);
    const now = await text(page, "estimate");
    assert.notEqual(now, before, `${param_}=${value} moved the estimate`);
    assert.match(now, /^₹\d/);
  }
  assert.equal(
    new URL(page.url()).search,
    "?role=technical-lead&city=pune&skill=java&exp=senior&company=accenture",
  );
  // "Any" takes the parameter out again.
  await page.select("#filter-city", "");
  await page.waitForFunction(() => !new URL(location.href).searchParams.has("city"));
  assert.equal(param(page, "city"), null);
  assert.equal(await page.$eval("#filter-city", (s) => s.value), "");
});

test("a bad parameter gets a plain-text notice and the rest of the link applies", async (t) => {
  const page = await freshPage(t);
  await openApp(page, "?city=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&skill=java");
  const notice = await page.$eval('[data-testid="notice"]', (n) => ({ hidden: n.hidden, text: n.textContent }));
  assert.equal(notice.hidden, false);
  assert.match(notice.text, /“<img src=x onerror=alert\(1\)>” is not a city/);
  assert.equal(await page.$$eval("main img", (imgs) => imgs.length), 0);
  assert.equal(await page.$eval("#filter-skill", (s) => s.value), "java");
});

test("compare mode opens with profile B and carries it in the link", async (t) => {
  const page = await freshPage(t);
  await openApp(page, "?role=backend-developer");
  // (ARIA selectors need the DevTools protocol; over BiDi, CSS finds the button.)
  const compare = await page.waitForSelector(".compare-head button");
  assert.equal(await compare.evaluate((b) => b.textContent.trim()), "Compare");
  await click(compare);
  await page.waitForSelector("#filter-b-role");
  await page.select("#filter-b-role", "technical-lead");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("b.role") === "technical-lead");
  assert.equal(await text(page, "estimate-b"), "₹20.0 L");
  assert.equal(await text(page, "estimate-a"), "₹8.0 L");
});

test("where the clipboard is refused, Copy link shows the link selected in a field", async (t) => {
  const page = await freshPage(t);
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  await openApp(page, "?role=backend-architect");
  const copy = await page.waitForSelector(".share > button");
  assert.equal(await copy.evaluate((b) => b.textContent.trim()), "Copy link");
  await click(copy);
  await page.waitForFunction(() => !document.querySelector("label.manual-link").hidden);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "manual-link");
  const field = await page.$eval('[data-testid="manual-link"]', (i) => ({
    value: i.value,
    selected: i.selectionEnd - i.selectionStart,
  }));
  assert.equal(field.value, page.url());
  assert.equal(field.selected, field.value.length, "the whole link is selected");
  assert.match(await text(page, "copy-status"), /did not allow copying/);
});

test("an offer typed in the form goes into the link, with its position and pay in hand", async (t) => {
  const page = await freshPage(t);
  await openApp(page, WORKED);
  await page.type("#offer", "12.4 L");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("offer") === "12.4");
  await waitForText(page, "offer-position", "12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L");
  assert.equal(await text(page, "in-hand"), "₹98,945");
  assert.equal(await text(page, "offer-in-hand"), "₹88,248");
});

test("chart text reads at one size between 12 and 16 px at 390 and 1440 px", async (t) => {
  const page = await freshPage(t);
  for (const width of [390, 1440]) {
    await page.setViewport({ width, height: 900 });
    await openApp(page, WORKED);
    const sizes = await page.$$eval("figure.chart svg text", (texts) =>
      texts
        .filter((t) => t.textContent.trim())
        .map((t) => {
          t.closest(".card").style.contentVisibility = "visible";
          return t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);
        }),
    );
    const [min, max] = [Math.min(...sizes), Math.max(...sizes)];
    console.log(`firefox: chart text at ${width} px: ${min.toFixed(1)}–${max.toFixed(1)} px over ${sizes.length} labels`);
    assert.ok(min >= 12 && max <= 16 && max - min < 0.5, `${min}–${max} px`);
  }
});
