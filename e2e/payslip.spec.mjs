// "Match your payslip": the tax year in force on the person's date, the salary structure as
// inputs carried in the link, the current CTC and the hike, and the working's marker.
import { test, expect, filter, lastTaxYear, openApp, params } from "./fixtures.mjs";

const WORKED = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
const field = (page, name) => page.getByRole("textbox", { name, exact: true });
const pf = (page) => page.getByRole("combobox", { name: /Provident fund/ });
const currentField = (page) => page.getByRole("textbox", { name: /current/ });

test("the page names the tax year in force today and its law", async ({ page }) => {
  await openApp(page, WORKED);
  await expect(page.getByTestId("tax-year")).toHaveText(
    "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025. Under the new regime, the default. " +
      "Worked out on the law as it stands today, 1 December 2026, for the whole year: PF at the wage ceiling of ₹25,000 a month, in force since 17 September 2026.",
  );
  await expect(page.getByTestId("tax-year-note")).toBeHidden();
  const pay = page.locator("#section-pay");
  await expect(pay.locator(".sources-list summary")).toHaveText("What is left out, what could not be confirmed, and the sources");
  await expect(pay).toContainText("Not confirmed:");
});

test.describe("on 31 March 2026", () => {
  test.use({ pinnedDate: "2026-03-31T23:00:00+05:30" });
  test("the year before applies, under the Income-tax Act, 1961", async ({ page }) => {
    await openApp(page, WORKED);
    await expect(page.getByTestId("tax-year")).toHaveText(
      "FY 2025-26 (1 April 2025 – 31 March 2026, AY 2026-27), Income-tax Act, 1961. Under the new regime, the default.",
    );
    await page.locator(".pay summary").first().click();
    await expect(page.locator(".pay").first()).toContainText("Tax after marginal relief (section 87A)");
    await expect(page.locator(".pay").first()).toContainText("Standard deduction (section 16(ia))");
  });
});

test.describe("after the last tax year this version knows", () => {
  const last = lastTaxYear();
  test.use({ pinnedDate: `${last.dayAfter}T09:00:00+05:30` });
  test("the latest rules are kept and the page says newer ones are not in this version", async ({ page }) => {
    await openApp(page, WORKED);
    await expect(page.getByTestId("tax-year")).toContainText(last.title);
    await expect(page.getByTestId("tax-year-note")).toHaveText(
      `Today, ${last.dayAfterInWords}, is after the last tax year this version knows, so its rules are used: newer rules are not in this version.`,
    );
  });
});

test("the salary structure changes the pay in hand and goes into the link", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=20`);
  await field(page, "Basic pay, % of the fixed CTC").fill("40");
  await expect.poll(() => params(page).get("basic")).toBe("40");
  await pf(page).selectOption("capped");
  await expect.poll(() => params(page).get("pf")).toBe("capped");
  await field(page, "Variable pay, % of the CTC, paid once a year").fill("10");
  await expect.poll(() => params(page).get("var")).toBe("10");
  // ₹20 L, 10% variable: ₹2,00,000 paid once. Fixed ₹18 L, basic ₹7,20,000, PF capped at 12% of
  // the ₹25,000 a month in force since 17 September 2026, ₹36,000 each; gratuity ₹34,632; gross
  // ₹17,29,368; taxable ₹16,54,368, rounded to ₹16,54,370: 1,20,000 + 20% × 54,370 = ₹1,30,874,
  // ₹1,36,108.96 with cess, rounded to ₹1,36,110. In hand (17,29,368 − 36,000 − 2,500 −
  // 1,36,110) ÷ 12 = ₹1,29,563.
  await expect(page.getByTestId("offer-in-hand")).toHaveText("₹1,29,563");
  // The payout: tax on ₹18,54,370 is 1,20,000 + 20% × 2,54,370 = ₹1,70,874, ₹1,77,708.96 with
  // cess, rounded to ₹1,77,710: ₹41,600 more.
  await expect(page.getByTestId("variable-net")).toHaveText("₹1,58,400");
  await expect(page.locator(".variable-pay")).toContainText("after ₹41,600 of tax, for your offer.");
  await page.locator(".pay").nth(1).locator("summary").click();
  const working = page.locator(".pay").nth(1).locator("table.working");
  for (const [label, amount] of [
    ["Variable pay, 10% of CTC, paid once a year (below)", "−₹2,00,000"],
    ["Basic pay, 40% of the fixed CTC", "₹7,20,000"],
    ["Employer’s PF, 12% of basic pay up to ₹25,000 a month, in force since 17 September 2026", "−₹36,000"],
    ["Gross salary", "₹17,29,368"],
  ]) {
    await expect(working.getByRole("row", { name: label, exact: false }).getByRole("cell")).toHaveText(amount);
  }
  // The same link opens the same structure.
  await page.reload();
  await expect(field(page, "Basic pay, % of the fixed CTC")).toHaveValue("40");
  await expect(pf(page)).toHaveValue("capped");
  await expect(page.getByTestId("offer-in-hand")).toHaveText("₹1,29,563");
});

test("a typed percentage that cannot be used gets a plain message and the default applies", async ({ page }) => {
  await openApp(page, WORKED);
  const byDefault = await page.getByTestId("in-hand").textContent();
  await openApp(page, `${WORKED}&basic=40`);
  await expect(page.getByTestId("in-hand")).not.toHaveText(byDefault);
  const basic = field(page, "Basic pay, % of the fixed CTC");
  await basic.fill("<b>80</b>");
  await basic.blur();
  await expect(page.locator("#basic-status")).toHaveText("“<b>80</b>” is not a percentage from 30 to 70, so 50% is used.");
  await expect(basic).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("main b")).toHaveCount(0);
  await expect.poll(() => params(page).get("basic")).toBe(null);
  await expect(page.getByTestId("in-hand")).toHaveText(byDefault);
  await basic.fill("45");
  await expect(basic).toHaveAttribute("aria-invalid", "false");
  await expect.poll(() => params(page).get("basic")).toBe("45");
});

for (const [query, says, control, byDefault] of [
  ["basic=80", "“80” in “basic” is not basic pay as 30 to 70% of the fixed CTC, so the default, 50%, is used.", "#basic", ""],
  ["pf=half", "“half” in “pf” is not the PF as “full”, “capped”, “wages” or “none”, so the default, “full”, is used.", "#pf", "full"],
  ["var=60", "“60” in “var” is not variable pay as 0 to 50% of the CTC, so the default, 0%, is used.", "#var", ""],
  ["current=abc", "The current CTC in the link was ignored: “abc” is not an amount this page can read.", "#current", ""],
]) {
  test(`a link with ${query} gets a notice naming it, the default stands and the rest applies`, async ({ page }) => {
    await openApp(page, `${WORKED}&${query}`);
    await expect(page.getByTestId("notice")).toContainText(says);
    await expect(page.locator(control)).toHaveValue(byDefault);
    await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
    await expect(filter(page, "City")).toHaveValue("bengaluru");
  });
}

test("the current CTC gives the hike in CTC and in hand, and the privacy line names both amounts", async ({ page }) => {
  await openApp(page, WORKED);
  await currentField(page).fill("10 L");
  await expect(page.getByTestId("current-understood")).toHaveText("Understood as ₹10 L a year (₹10,00,000).");
  await expect.poll(() => params(page).get("current")).toBe("10");
  // Without an offer, the market estimate against the current CTC: 14.1 ÷ 10 is 41% more.
  await expect(page.getByTestId("market-vs-current")).toHaveText(
    "The market estimate for this profile is 41% above your current CTC.",
  );
  await expect(page.getByTestId("current-in-hand")).toHaveText("₹71,121");
  await page.getByRole("textbox", { name: "Your offer (CTC)" }).fill("13");
  await expect(page.getByTestId("hike")).toHaveText("30% more CTC, 30% more in hand: ₹21,399 more a month");
  await expect(page.getByTestId("hike-ctc")).toHaveText("30%");
  await expect(page.getByTestId("hike-in-hand")).toHaveText("30%");
  await expect(page.getByTestId("market-vs-current")).toBeHidden();
  await expect(page.getByTestId("link-has-offer")).toHaveText(
    "This link includes your offer of ₹13 L and your current CTC of ₹10 L.",
  );
  await expect.poll(() => new URL(page.url()).search).toBe(`${WORKED}&offer=13&current=10`);
});

test("an unreadable current CTC is named beside its field and left out of the link", async ({ page }) => {
  await openApp(page, `${WORKED}&current=10`);
  await currentField(page).fill("ten lakh");
  await currentField(page).blur();
  await expect(page.getByTestId("current-understood")).toHaveText(
    "“ten lakh” is not an amount this page can read. Type it as 12.5, 12.5 L, ₹12,50,000 or 1.2 Cr.",
  );
  await expect.poll(() => params(page).get("current")).toBe(null);
  await expect(page.getByTestId("current-in-hand")).toBeHidden();
});

test("every “How this is worked out” shows a marker and opens from the keyboard", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=12&current=10`);
  const summaries = page.locator(".pay summary");
  await expect(summaries).toHaveCount(3);
  for (const summary of await summaries.all()) {
    const marker = await summary.evaluate((s) => getComputedStyle(s, "::before").content);
    expect(marker).toBe('"▸"');
  }
  const first = summaries.first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".pay details").first()).toHaveAttribute("open", "");
  await expect(page.locator(".pay").first().getByRole("row", { name: "Taxable income" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.locator(".pay details").first()).not.toHaveAttribute("open", "");
});
