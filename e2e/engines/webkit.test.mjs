// The journeys in WebKit, Safari's engine (every browser on an iPhone uses it): Debian's
// WebKitGTK MiniBrowser, started by WebKitWebDriver with `--automation` (this build has no
// headless mode, so scripts/test.sh runs it under xvfb-run), driven over W3C WebDriver by
// selenium-webdriver. Console and page errors come from the test harness, as WebDriver
// classic has no console events. WEBKIT_BROWSER overrides the MiniBrowser's path.
//   xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" node --test e2e/engines/webkit.test.mjs
// (-noreset keeps the display up between browsers: see scripts/test.sh).
import { Builder, By } from "selenium-webdriver";
import { Select } from "selenium-webdriver/lib/select.js";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { openApp, runJourneys, settleIntoView } from "./engine.mjs";

let driverPort;
const MINIBROWSER = process.env.WEBKIT_BROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
let driverProcess;
let size = { width: 1280, height: 900 };

/** A TCP port that is free on loopback now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `fn` in the page with `args`, as selenium's executeScript does for a function. */
const inPage = (driver, fn, args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);

runJourneys(
  {
    name: "webkit",
    async launch() {
      // A port no one else holds: a driver left over from an interrupted run would otherwise
      // answer in its place, with a browser on a display that is gone.
      driverPort = await freePort();
      driverProcess = spawn("WebKitWebDriver", [`--port=${driverPort}`], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise((ready, fail) => {
        driverProcess.once("error", fail);
        // The driver prints nothing when ready; its status endpoint answers once it listens.
        const poll = () =>
          fetch(`http://127.0.0.1:${driverPort}/status`).then(ready, () => setTimeout(poll, 100));
        poll();
      });
    },
    async close() {
      driverProcess?.kill();
    },
    async page(origin) {
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${driverPort}`)
        .withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        })
        .build();
      await driver.manage().window().setRect(size);
      const b = {
        engine: "webkit",
        origin,
        goto: (url) => driver.get(url),
        open: (path) => openApp(b, origin, path),
        text: (testid) => inPage(driver, (id) => document.querySelector(`[data-testid="${id}"]`).textContent.trim(), [testid]),
        value: (css) => inPage(driver, (s) => document.querySelector(s).value, [css]),
        async choose(css, value) {
          // WebKit's driver does not scroll an <option> into view: a person scrolls to the select.
          const select = await driver.findElement(By.css(css));
          await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", select);
          await new Select(select).selectByValue(value);
        },
        async type(css, text) {
          await (await driver.findElement(By.css(css))).sendKeys(text);
        },
        async click(css) {
          const element = await driver.findElement(By.css(css));
          await driver.executeAsyncScript(
            `const [element, done] = arguments; (${settleIntoView})(element).then(done);`,
            element,
          );
          await element.click();
        },
        run: (fn, ...args) => inPage(driver, fn, args),
        until: (fn, ...args) =>
          driver.wait(() => inPage(driver, fn, args), 10_000, `waited 10 s for ${fn} with ${JSON.stringify(args)}`),
        url: () => driver.getCurrentUrl(),
        async resize(width, height) {
          size = { width, height };
          await driver.manage().window().setRect(size);
        },
        problems: () => inPage(driver, () => window.__problems ?? ["no harness"], []),
        close: () => driver.quit(),
      };
      return b;
    },
  },
  4181,
);
