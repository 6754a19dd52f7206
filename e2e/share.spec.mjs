// Copying the link: the clipboard when allowed, a selected field when not.
import { test, expect, filter, openApp } from "./fixtures.mjs";

test("Copy link puts the current address on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page, "?role=backend-architect");
  await filter(page, "City").selectOption("hyderabad");
  await expect.poll(() => new URL(page.url()).search).toBe("?role=backend-architect&city=hyderabad");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("copy-status")).toHaveText(/Link copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  // The copied link reopens the same selections and estimate in a fresh page.
  const estimate = await page.getByTestId("estimate").textContent();
  const other = await context.newPage();
  await openApp(other, copied);
  await expect(other.getByTestId("estimate")).toHaveText(estimate);
  await expect(filter(other, "City")).toHaveValue("hyderabad");
  await expect(filter(other, "Role")).toHaveValue("backend-architect");

  // Once the filters change, "Link copied" no longer describes the address, so it goes.
  await filter(page, "Skill").selectOption("python");
  await expect(page.getByTestId("copy-status")).toHaveText("");
});

test("where the clipboard is refused, the link is shown selected to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  await openApp(page, "?skill=spring");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("copy-status")).toContainText("did not allow copying");
  const field = page.getByTestId("manual-link");
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe(page.url());
});
