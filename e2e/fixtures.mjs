// Shared test setup: every test fails on a console error, an uncaught page error or a dialog.
// A test that provokes an error on purpose names it in `expectedErrors`; anything else still fails.
import { test as base, expect } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";

/** The moment every test's page takes for now, unless it sets `pinnedDate` itself (null: the
 *  real clock): tax year 2026-27, so the figures and the year named never depend on the day
 *  the suite runs. Only Date is pinned; timers run as usual. */
export const PINNED_DATE = "2026-12-01T12:00:00+05:30";

export const test = base.extend({
  expectedErrors: [[], { option: true }],
  pinnedDate: [PINNED_DATE, { option: true }],
  page: async ({ page, expectedErrors, pinnedDate }, use) => {
    if (pinnedDate) await page.clock.setFixedTime(new Date(pinnedDate));
    const problems = [];
    const unexpected = (text) => !expectedErrors.some((pattern) => pattern.test(text));
    page.on("console", (msg) => {
      if (msg.type() === "error" && unexpected(msg.text())) problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => {
      if (unexpected(err.message)) problems.push(`page error: ${err.message}`);
    });
    page.on("dialog", async (dialog) => {
      problems.push(`unexpected dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await use(page);
    expect(problems, "the page logged no errors and opened no dialogs").toEqual([]);
  },
});

export { expect };

/** The select for a filter, found by its accessible name, as a person would. */
export function filter(page, name) {
  return page.getByRole("combobox", { name, exact: true });
}

/** Opens the app at `path` and waits until the WebAssembly app has mounted every part (its
 *  last task reveals "How this is worked out"). Then, unless `sections` is "as-is", opens every
 *  section below the summary and the form's salary structure and claims, as a person who wants
 *  to read and set everything would: the tests that read a section's figures or type a claim
 *  need them open, and the layout tests ask for the page as it opens. */
export async function openApp(page, path = "./", { sections = "open" } = {}) {
  await page.goto(path);
  await expect(page.getByTestId("estimate")).toBeVisible();
  await expect(page.locator("#section-how")).toBeVisible();
  if (sections !== "as-is") await openSections(page);
}

/** Opens every section below the summary (each a `<details class="section">`) and the form's
 *  "Salary structure, rent and investments". */
export async function openSections(page) {
  await page.locator("details.section, details.terms").evaluateAll((sections) => sections.forEach((s) => (s.open = true)));
}

/** The query string of the page's current address, as URLSearchParams. */
export function params(page) {
  return new URL(page.url()).searchParams;
}

/** Waits out the address write of whatever the page last showed. The app writes the address a
 *  frame and a task after a change (a blur, say), over whatever address is current then: a test
 *  that adds its own history entry sooner has that entry rewritten. Call it once the change is
 *  on screen. */
export async function addressSettled(page) {
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
}

/** The last tax year in `src/data/tax/`, and the day after it, as a new rules file would move
 *  them: the tests that need "after the last year" take it from the files, not a date of their own. */
export function lastTaxYear() {
  const dir = new URL("../src/data/tax/", import.meta.url);
  const years = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), "utf8")))
    .sort((a, b) => a.ends.localeCompare(b.ends));
  const last = years[years.length - 1];
  const after = new Date(`${last.ends}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  const dayAfter = after.toISOString().slice(0, 10);
  const month = after.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return { title: last.title, dayAfter, dayAfterInWords: `${after.getUTCDate()} ${month} ${after.getUTCFullYear()}` };
}
