// "Is my offer fair?" and "what do I take home?": the offer field, the offer against the
// market, and the monthly pay in hand for the estimate and the offer.
import { test, expect, filter, openApp, params } from "./fixtures.mjs";
import { better, inr } from "./law.mjs";

const WORKED = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
const offerField = (page) => page.getByRole("textbox", { name: "Your offer (CTC)" });

for (const [typed, lakh] of [
  ["12", "12"],
  ["12.5", "12.5"],
  ["12.5 L", "12.5"],
  ["12.5 lakh", "12.5"],
  ["₹12,50,000", "12.5"],
  ["1250000", "12.5"],
  ["1.2 Cr", "120"],
]) {
  test(`typing “${typed}” reads as ₹${lakh} L and goes into the link`, async ({ page }) => {
    await openApp(page, WORKED);
    await offerField(page).fill(typed);
    await expect(page.getByTestId("offer-understood")).toContainText(`Understood as ₹${lakh} L a year`);
    await expect.poll(() => params(page).get("offer")).toBe(lakh);
    await expect(page.getByTestId("offer-position")).toBeVisible();
    await expect(page.getByTestId("offer-in-hand")).toBeVisible();
    await expect(page.getByTestId("link-has-offer")).toHaveText(`This link includes your offer of ₹${lakh} L.`);
    // The estimate is the market's, whatever the offer.
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
  });
}

test("a link with an offer places it against the range and works out both monthly figures", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=12.4`);
  await expect(offerField(page)).toHaveValue("12.4");
  await expect(page.getByTestId("offer-position")).toHaveText(
    "12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L",
  );
  // The worked example of the README: ₹14.1 L in Bengaluru.
  await expect(page.getByTestId("in-hand")).toHaveText("₹98,937");
  await expect(page.getByTestId("offer-in-hand")).toHaveText("₹88,240");
  const working = page.locator(".pay").first().locator("table.working");
  await page.locator(".pay summary").first().click();
  for (const [label, amount] of [
    ["CTC", "₹14,10,000"],
    ["Gross salary", "₹12,91,490"],
    ["Taxable income, to the nearest ₹10 (section 516)", "₹12,16,490"],
    ["Tax after marginal relief (section 156(2)): no more than the income above ₹12,00,000", "₹16,490"],
    ["Health and education cess, 4% of tax and surcharge", "₹660"],
    ["Professional tax, Karnataka", "−₹2,500"],
    ["In hand a year", "₹11,87,240"],
    ["In hand a month (÷ 12)", "₹98,937"],
  ]) {
    // "CTC" is also in "Fixed CTC" and "of the fixed CTC": the row whose name starts with it.
    const name = label === "CTC" ? /^CTC ₹/ : label;
    await expect(working.getByRole("row", { name, exact: false }).getByRole("cell")).toHaveText(amount);
  }
  // The drawing marks the offer with a shape left of the estimate's line, and a legend says so.
  const marker = await page.locator(".offer-marker").boundingBox();
  const line = await page.locator(".offer-estimate").boundingBox();
  expect(marker.x).toBeLessThan(line.x);
  await expect(page.locator(".offer-position")).toContainText("▼: your offer");
});

test("an offer above the range says so, and changing the city changes the take-home", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=20`);
  await expect(page.getByTestId("offer-position")).toHaveText(
    "42% above the estimate of ₹14.1 L, above its range ₹11.3 L to ₹17.0 L",
  );
  // Karnataka's ₹2,500 a year against Telangana's ₹2,400: ₹8.33 a month more in Hyderabad.
  // (18,31,900 − 1,20,000 − 2,500 − 1,57,440 tax, rounded) ÷ 12 = ₹1,29,330; with ₹2,400,
  // ₹1,29,338.33.
  await expect(page.getByTestId("offer-in-hand")).toHaveText("₹1,29,330");
  await filter(page, "City").selectOption("hyderabad");
  await expect(page.getByTestId("offer-in-hand")).toHaveText("₹1,29,338");
  await expect(page.locator(".pay").nth(1)).toContainText("Professional tax, Telangana");
  await filter(page, "City").selectOption("");
  await expect(page.locator(".pay").nth(1)).toContainText("no city chosen: the ₹2,500 cap");
});

test("an unreadable offer is named in plain text, left out of the link, and the page keeps working", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=12`);
  await offerField(page).fill("<b>twelve</b>");
  await offerField(page).blur();
  await expect(page.getByTestId("offer-understood")).toHaveText(
    "“<b>twelve</b>” is not an amount this page can read. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.",
  );
  await expect(offerField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("main b")).toHaveCount(0);
  await expect.poll(() => params(page).get("offer")).toBe(null);
  await expect(page.getByTestId("offer-position")).toBeHidden();
  await expect(page.getByTestId("link-has-offer")).toBeHidden();
  await offerField(page).fill("");
  await expect(page.getByTestId("offer-understood")).toContainText("Optional.");
  await expect(offerField(page)).toHaveAttribute("aria-invalid", "false");
  await filter(page, "City").selectOption("pune");
  await expect(page.getByTestId("profile")).toContainText("Pune");
});

test("an over-long unreadable offer is quoted only in part, as a link's notice is", async ({ page }) => {
  await openApp(page, WORKED);
  await offerField(page).fill("x".repeat(60));
  await offerField(page).blur();
  await expect(page.getByTestId("offer-understood")).toHaveText(
    `“${"x".repeat(40)}…” is not an amount this page can read. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.`,
  );
});

for (const [value, says] of [
  ["abc", "“abc” is not an amount this page can read"],
  ["-5", "An offer cannot be below zero."],
  ["0", "An offer is at least ₹0.5 L a year: “0” reads as ₹0."],
  ["0.1", "An offer is at least ₹0.5 L a year: “0.1” reads as ₹10,000."],
  ["60%20Cr", "An offer is at most ₹50 Cr a year: “60 Cr” reads as ₹60 Cr."],
]) {
  test(`a link with offer=${value} gets a notice and the rest of it applies`, async ({ page }) => {
    await openApp(page, `${WORKED}&offer=${value}`);
    await expect(page.getByTestId("notice")).toContainText(`The offer in the link was ignored: ${says}`);
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
    await expect(filter(page, "City")).toHaveValue("bengaluru");
    await expect(offerField(page)).toHaveValue("");
    await expect(page.getByTestId("offer-position")).toBeHidden();
    await expect(page.getByTestId("offer-in-hand")).toBeHidden();
  });
}

test("in compare mode the offer belongs to profile A", async ({ page }) => {
  await openApp(page, "?role=backend-developer&offer=9&b.role=technical-lead");
  await expect(page.getByTestId("offer-position")).toContainText("the estimate of ₹8.0 L");
  await expect(page.getByTestId("estimate-b")).toHaveText("₹20.0 L");
  await filter(page, "Profile B City").selectOption("pune");
  await expect.poll(() => new URL(page.url()).search).toBe("?role=backend-developer&offer=9&b.role=technical-lead&b.city=pune");
});

test("one offer's first year counts its joining bonus, in the first stage and the app", async ({ page }) => {
  const o = { ctc: 2_000_000, city: "bengaluru", join: 200_000 };
  await openApp(page, "?city=bengaluru&offer=20&join=2");
  await expect(page.getByTestId("summary-first-year")).toHaveText(
    `With its ₹2 L joining bonus, the first year brings ${inr(better(o).firstYear)} in hand.`,
  );
  await page.locator("#join").fill("");
  await expect(page.getByTestId("summary-first-year")).toBeHidden();
});
