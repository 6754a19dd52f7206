// "Old or new regime": both regimes' pay in hand side by side, the better one marked, the
// break-even in its three forms, the chart and its table, and the claims in the link.
import { test, expect, filter, openApp, params } from "./fixtures.mjs";

const MUMBAI = "?role=senior-backend-developer&city=mumbai&skill=python&exp=mid";
const field = (page, name) => page.getByRole("textbox", { name });

test("the worked example: the new regime pays more, and the old needs ₹1,19,765 more in deductions", async ({ page }) => {
  // ₹20 L in Mumbai, ₹40,000 rent, ₹30,000 invested beyond PF (see src/tax/break_even.rs).
  await openApp(page, `${MUMBAI}&offer=20&rent=40000&80c=30000`);
  const regimes = page.locator(".regimes");
  await expect(regimes).toContainText("For your offer of ₹20 L");
  await expect(page.getByTestId("regime-new")).toHaveText("₹1,29,330");
  await expect(page.getByTestId("regime-old")).toHaveText("₹1,26,216");
  await expect(page.getByTestId("regime-better")).toHaveText("The new regime pays ₹3,114 more a month.");
  await expect(page.getByTestId("break-even")).toHaveText(
    "The old regime would need ₹1,19,765 more in deductions a year to pay as much as the new (of ₹3,00,000 that its limits still allow).",
  );
  // The better one is marked in words, not by colour alone.
  await expect(regimes.locator(".regime.better h3")).toHaveText("New regime");
  await expect(regimes.locator(".regime.better .better-mark")).toHaveText("Pays more");
  // The fields show what the link carries, by the names people know them by.
  await expect(field(page, /^Rent you pay/)).toHaveValue("40,000");
  await expect(field(page, /Investments under 80C/)).toHaveValue("30,000");
  // The old regime's working, step by step.
  await regimes.locator("summary").click();
  const working = regimes.locator("table.working").last();
  for (const [label, amount] of [
    ["HRA exempt (Schedule III): the rent paid less 10% of basic, the least of three", "−₹3,80,000"],
    ["Your PF and investments, 80C, section 123, up to ₹1,50,000", "−₹1,50,000"],
    ["Taxable income, to the nearest ₹10 (section 516)", "₹12,49,400"],
    ["In hand a month (÷ 12)", "₹1,26,216"],
  ]) {
    await expect(working.getByRole("row", { name: label }).getByRole("cell")).toHaveText(amount);
  }
});

test("with rent and every deduction in full, the old regime pays more and already breaks even", async ({ page }) => {
  await openApp(page, `${MUMBAI}&offer=24&rent=60000&80c=150000&80d=25000&nps=50000&home-loan=200000`);
  // New: tax 1.04 × (2,00,000 + 25% × 1,23,280) = ₹2,40,052.80, rounded to ₹2,40,050 (section
  // 516); (21,98,280 − 1,44,000 − 2,500 − 2,40,050) ÷ 12 = ₹1,50,977.50. Old: taxable ₹11,20,780,
  // tax ₹1,54,683.36, rounded to ₹1,54,680; (21,98,280 − 1,44,000 − 2,500 − 1,54,680) ÷ 12.
  await expect(page.getByTestId("regime-new")).toHaveText("₹1,50,978");
  await expect(page.getByTestId("regime-old")).toHaveText("₹1,58,092");
  await expect(page.getByTestId("regime-better")).toHaveText("The old regime pays ₹7,114 more a month.");
  await expect(page.getByTestId("break-even")).toHaveText("The old regime already pays as much or more with what you claim.");
  await expect(page.locator(".regime.better h3")).toHaveText("Old regime");
  await expect(page.getByTestId("link-has-offer")).toContainText("your rent of ₹60,000 a month");
  await expect(page.getByTestId("link-has-offer")).toContainText("your home-loan interest of ₹2,00,000");
});

test("where the limits cannot close the gap, the page says so with the room left", async ({ page }) => {
  await openApp(page, "?offer=30");
  await expect(page.getByTestId("break-even")).toHaveText(
    "The old regime cannot catch up within its limits: all ₹3,00,000 of room left would still leave it ₹1,08,420 a year behind.",
  );
  // No city chosen: HRA at 40% of basic, and the page says why.
  await expect(page.locator(".regimes")).toContainText("No city is chosen, so HRA is exempt up to 40% of basic");
});

test("typing the rent moves the old regime and goes into the link; a bad amount is named beside its field", async ({ page }) => {
  await openApp(page, `${MUMBAI}&offer=20`);
  // ₹20 L in Mumbai with nothing claimed: taxable 18,31,900 − 50,000 − 2,500 − 1,20,000 (the PF,
  // in 80C) = ₹16,59,400; tax 1,12,500 + 30% × 6,59,400 = ₹3,10,320, ₹3,22,732.80 with cess,
  // rounded to ₹3,22,730; in hand (18,31,900 − 1,20,000 − 2,500 − 3,22,730) ÷ 12 = ₹1,15,556.
  await expect(page.getByTestId("regime-old")).toHaveText("₹1,15,556");
  await field(page, /^Rent you pay/).fill("40000");
  await expect.poll(() => params(page).get("rent")).toBe("40000");
  // The rent exempts ₹3,80,000 of HRA (₹4,80,000 less a tenth of basic), all in the 30% slab:
  // 31.2% of it with cess, ₹1,18,560 a year, comes back (₹2,04,170 of tax, rounded), ₹9,880 a month.
  await expect(page.getByTestId("regime-old")).toHaveText("₹1,25,436");
  await field(page, /Your own NPS/).fill("fifty thousand");
  await field(page, /Your own NPS/).blur();
  await expect(page.locator("#nps-status")).toHaveText(
    "“fifty thousand” is not an amount this page can read. Type it as ₹50,000, 50k or 0.5 L a year. None is counted.",
  );
  await expect(field(page, /Your own NPS/)).toHaveAttribute("aria-invalid", "true");
  await expect.poll(() => params(page).get("nps")).toBe(null);
  await field(page, /Your own NPS/).fill("0.5 L");
  await expect.poll(() => params(page).get("nps")).toBe("50000");
  // The city changes HRA's share: Hyderabad is on rule 279(1)'s list.
  await filter(page, "City").selectOption("hyderabad");
  await expect(page.locator(".regimes")).toContainText("HRA is exempt up to 50% of basic in Hyderabad, a city the rules list.");
});

for (const [query, says] of [
  ["rent=lots", "“rent” in the link was ignored, so none is counted: “lots” is not an amount this page can read."],
  ["hra=70", "“70” in “hra” is not HRA as 0 to 50% of basic pay, so the default, 50%, is used."],
  ["80d=-1", "“80d” in the link was ignored, so none is counted: A health insurance premium cannot be below zero."],
]) {
  test(`a link with ${query} gets a notice naming it and the rest applies`, async ({ page }) => {
    await openApp(page, `${MUMBAI}&offer=20&${query}&80c=30000`);
    await expect(page.getByTestId("notice")).toContainText(says);
    await expect(page.getByTestId("estimate")).toBeVisible();
    await expect(field(page, /Investments under 80C/)).toHaveValue("30,000");
    await expect(page.getByTestId("regime-new")).toHaveText("₹1,29,330");
  });
}

test("the chart marks your point and the crossing, can be reached by keyboard, and has its figures in a table", async ({ page }) => {
  await openApp(page, `${MUMBAI}&offer=20&rent=40000&80c=30000`);
  const chart = page.getByTestId("regime-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("polyline")).toHaveCount(2);
  await expect(chart.locator("circle.mark-yours")).toBeVisible();
  await expect(chart.locator("rect.mark-crossing")).toBeVisible();
  // The crossing lies right of your point, where the old line meets the flat new one.
  const yours = await chart.locator("circle.mark-yours").boundingBox();
  const crossing = await chart.locator("rect.mark-crossing").boundingBox();
  expect(crossing.x).toBeGreaterThan(yours.x);
  const svg = chart.locator("svg");
  await svg.focus();
  await expect(svg).toBeFocused();
  // With no limited deduction the old regime taxes ₹13,99,400: 1.04 × (1,12,500 + 30% × 3,99,400)
  // = ₹2,41,612.80, rounded to ₹2,41,610; with all five limits, ₹4,50,000, it taxes ₹9,49,400:
  // 1.04 × (12,500 + 20% × 4,49,400) = ₹1,06,475.20, rounded to ₹1,06,480.
  await expect(svg).toHaveAccessibleDescription(/the old regime’s falls from ₹2,41,610 to ₹1,06,480/);
  const rows = chart.locator("tbody tr");
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(0)).toHaveText(/₹0\s*₹2,41,610\s*₹1,57,440/);
  await expect(rows.nth(5)).toHaveText(/Yours: ₹1,50,000\s*₹1,94,810\s*₹1,57,440/);
  await expect(rows.nth(6)).toHaveText(/Break-even: ₹2,69,765\s*₹1,57,440\s*₹1,57,440/);
});
