// Shared test setup: every test fails on a console error, an uncaught page error or a dialog.
// A test that provokes an error on purpose names it in `expectedErrors`; anything else still fails.
import { test as base, expect } from "@playwright/test";

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

/** Opens the app at `path` and waits until the WebAssembly app has mounted, including the
 *  sections that mount just after the estimate (the last task reveals the sources). */
export async function openApp(page, path = "./") {
  await page.goto(path);
  await expect(page.getByTestId("estimate")).toBeVisible();
  await expect(page.locator("section.sources")).toBeVisible();
}

/** The query string of the page's current address, as URLSearchParams. */
export function params(page) {
  return new URL(page.url()).searchParams;
}
