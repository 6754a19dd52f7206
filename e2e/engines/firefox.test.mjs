// The journeys in Firefox: Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core
// (Playwright cannot fetch its own Firefox build here). FIREFOX_PATH overrides the binary.
//   node --test e2e/engines/firefox.test.mjs
import puppeteer from "puppeteer-core";
import { openApp, runJourneys, settleIntoView } from "./engine.mjs";

let browser;

runJourneys(
  {
    name: "firefox",
    async launch() {
      browser = await puppeteer.launch({
        browser: "firefox",
        executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
        headless: true,
      });
    },
    async close() {
      await browser?.close();
    },
    async page(origin) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const events = [];
      page.on("console", (m) => m.type() === "error" && events.push(`console error: ${m.text()}`));
      page.on("pageerror", (e) => events.push(`page error: ${e.message}`));
      const b = {
        engine: "firefox",
        origin,
        goto: (url) => page.goto(url),
        open: (path) => openApp(b, origin, path),
        text: (testid) => page.$eval(`[data-testid="${testid}"]`, (e) => e.textContent.trim()),
        value: (css) => page.$eval(css, (e) => e.value),
        choose: (css, value) => page.select(css, value),
        type: (css, text) => page.type(css, text),
        async click(css) {
          const handle = await page.waitForSelector(css);
          await handle.evaluate(settleIntoView);
          await handle.click();
        },
        run: (fn, ...args) => page.evaluate(fn, ...args),
        until: (fn, ...args) => page.waitForFunction(fn, { timeout: 10_000 }, ...args),
        url: async () => page.url(),
        resize: (width, height) => page.setViewport({ width, height }),
        problems: async () => [...events, ...(await page.evaluate(() => window.__problems ?? ["no harness"]))],
        close: () => context.close(),
      };
      return b;
    },
  },
  4176,
);
