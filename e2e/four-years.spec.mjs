// "Four years": each choice's tax years after tax, checked to the rupee against a recomputation
// from the law (e2e/law.mjs, not the app's code). The pinned date is 1 December 2026, so the
// new job starts in January 2027 and the first tax year shares nine months of the current job.
import { test, expect, openApp } from "./fixtures.mjs";
import { fourYears, inr } from "./law.mjs";

const START = [2027, 1];
const NOW = { ctc: 14e5 }; // all fixed, in offer A's city (Bengaluru), as the page reads it
const CHOICES = {
  stay: fourYears({ start: START, job: NOW, before: NOW }),
  a: fourYears({ start: START, job: { ctc: 21.5e5, var: 15 }, before: NOW, join: 2e5 }),
  b: fourYears({ start: START, job: { ctc: 23.5e5, city: "pune" }, before: NOW }),
};
const total = (rows) => Math.round(rows.reduce((sum, row) => sum + row.total, 0));

test("staying, offer A and offer B year by year: every figure agrees with the law worked out here", async ({ page }) => {
  await openApp(page, "./?city=bengaluru&offer=21.5&var=15&join=2&current=14&b.city=pune&b.offer=23.5");
  const section = page.locator("#section-years");
  await expect(section.getByRole("heading", { name: "Four years" })).toBeVisible();
  for (const [key, rows] of Object.entries(CHOICES)) {
    expect(rows.map((r) => r.year)).toEqual(["2026-27", "2027-28", "2028-29", "2029-30", "2030-31"]);
    for (const row of rows) {
      const cells = page.getByTestId(`years-row-${key}-${row.year}`).locator("td");
      // Kept in cash, tax, total: with no stock (the link cannot carry a grant yet), the cash is
      // all of the total, and the stock column is not shown.
      await expect(cells).toHaveText([inr(row.total), inr(row.tax), inr(row.total)]);
    }
    await expect(page.getByTestId(`years-total-${key}`)).toHaveText(inr(total(rows)));
  }
  // Only 2026-27 has a rules file in this version; the later years say whose rules they use.
  await expect(page.getByTestId("years-row-a-2026-27")).not.toContainText("assumed");
  await expect(page.getByTestId("years-row-a-2027-28")).toContainText("2026-27 rules assumed");
  const [a, b] = [total(CHOICES.a), total(CHOICES.b)];
  const firstA = Math.round(CHOICES.a[0].total) - Math.round(CHOICES.b[0].total);
  expect(b > a && firstA > 0, "the case: B leaves more over four years, A more in the first").toBe(true);
  await expect(page.getByTestId("years-section-lead")).toHaveText(
    `From January 2027 to March 2031, offer B leaves you ${inr(b - a)} more than offer A, though offer A leaves ${inr(firstA)} more in 2026-27, the tax year you join.`,
  );
  await expect(page.getByTestId("clawback-risk")).toHaveText(
    "With offer A, leave before January 2028 and you repay up to ₹2,00,000 of its joining bonus.",
  );
  // The chart: a line per choice, and at each tax year's end the sum of the years so far.
  const chart = page.getByTestId("years-chart");
  await expect(chart.locator("polyline")).toHaveCount(3);
  const rows = chart.locator("tbody tr");
  await expect(rows).toHaveCount(5);
  for (let year = 0; year < 5; year++) {
    const sofar = Object.values(CHOICES).map((rows) => inr(rows.slice(0, year + 1).reduce((sum, row) => sum + row.total, 0)));
    await expect(rows.nth(year).locator("td")).toHaveText(sofar);
  }
  await expect(chart.locator("#years-chart-summary")).toContainText(
    `By the end of March 2031: staying keeps ${inr(total(CHOICES.stay))} in all, offer A ${inr(a)} and offer B ${inr(b)}.`,
  );
});

test("one offer against staying answers in one sentence, and without an offer the section says what it needs", async ({ page }) => {
  await openApp(page, "./?city=bengaluru&offer=21.5&var=15&join=2&current=14");
  const more = total(CHOICES.a) - total(CHOICES.stay);
  const first = Math.round(CHOICES.a[0].total) - Math.round(CHOICES.stay[0].total);
  await expect(page.getByTestId("years-section-lead")).toHaveText(
    `From January 2027 to March 2031, offer A leaves you ${inr(more)} more than staying, ${inr(first)} of it in 2026-27, the tax year you join.`,
  );
  await expect(page.getByTestId("clawback-risk")).toHaveText(
    "Leave before January 2028 and you repay up to ₹2,00,000 of the joining bonus.",
  );
  await expect(page.getByTestId("years-total-b")).toHaveCount(0);
  await page.getByRole("textbox", { name: "Your offer (CTC)" }).fill("");
  await expect(page.getByTestId("years-table")).toBeHidden();
  await expect(page.locator("#section-years")).toContainText("Type an offer above to see four years of it");
});

test("with rent and claims in Mumbai, each year takes the regime that taxes less, as the law worked out here", async ({ page }) => {
  await openApp(page, "./?city=mumbai&offer=30&rent=80000&80c=150000&80d=25000&nps=50000&current=20");
  const claims = { c80: 150_000, d80: 25_000, nps: 50_000 };
  const place = { city: "mumbai", rent: 80_000 };
  const now = { ctc: 20e5, ...place };
  const choices = {
    stay: fourYears({ start: START, job: now, before: now, claims }),
    a: fourYears({ start: START, job: { ctc: 30e5, ...place }, before: now, claims }),
  };
  // To the rupee: each figure shown is the law's, rounded (a total that falls on half a rupee may
  // round either way after a different order of sums).
  const rupees = (text) => Number(text.replace(/[₹,]/g, ""));
  const near = (text, exact, what) => expect(Math.abs(rupees(text) - exact), `${what}: ${text} for ${exact}`).toBeLessThanOrEqual(0.5 + 1e-6);
  for (const [key, rows] of Object.entries(choices)) {
    for (const row of rows) {
      const cells = page.getByTestId(`years-row-${key}-${row.year}`).locator("td");
      await expect(cells).toHaveCount(3);
      const [cash, tax, kept] = await cells.allTextContents();
      near(cash, row.total, `${key} ${row.year} cash`);
      expect(rupees(tax), `${key} ${row.year} tax`).toBe(row.tax);
      near(kept, row.total, `${key} ${row.year} total`);
    }
    near(await page.getByTestId(`years-total-${key}`).textContent(), rows.reduce((sum, row) => sum + row.total, 0), `${key} in all`);
  }
});
