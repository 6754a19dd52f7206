// Shared test setup: every test fails on a console error, an uncaught page error or a dialog.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
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

/** Opens the app at `path` and waits until the WebAssembly app has mounted. */
export async function openApp(page, path = "./") {
  await page.goto(path);
  await expect(page.getByTestId("estimate")).toBeVisible();
}

/** The query string of the page's current address, as URLSearchParams. */
export function params(page) {
  return new URL(page.url()).searchParams;
}
