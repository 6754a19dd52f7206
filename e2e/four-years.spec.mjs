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
/** A figure the page shows, in rupees. */
const rupees = (text) => Number(text.replace(/[₹,]/g, ""));
/** To the rupee: each figure shown is the law's, rounded (a total that falls on half a rupee may
 *  round either way after a different order of sums). */
const near = (text, exact, what) =>
  expect(Math.abs(rupees(text) - exact), `${what}: ${text} for ${exact}`).toBeLessThanOrEqual(0.5 + 1e-6);

test("staying, offer A and offer B year by year: every figure agrees with the law worked out here", async ({ page }) => {
  await openApp(page, "./?city=bengaluru&offer=21.5&var=15&join=2&current=14&b.city=pune&b.offer=23.5");
  const section = page.locator("#section-years");
  await expect(section.getByRole("heading", { name: "Four years" })).toBeVisible();
  for (const [key, rows] of Object.entries(CHOICES)) {
    expect(rows.map((r) => r.year)).toEqual(["2026-27", "2027-28", "2028-29", "2029-30", "2030-31"]);
    for (const row of rows) {
      const cells = page.getByTestId(`years-row-${key}-${row.year}`).locator("td:visible");
      // Kept in cash, tax, total: with no grant in the link, the cash is all of the total, and
      // the stock column is not shown.
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
    `From January 2027 to March 2031, offer B leaves ${inr(b - a)} more than offer A, though offer A leaves ${inr(firstA)} more by 31 March 2027.`,
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
    `From January 2027 to March 2031, offer A leaves ${inr(more)} more than staying, ${inr(first)} of it by 31 March 2027.`,
  );
  await expect(page.getByTestId("clawback-risk")).toHaveText(
    "Leave before January 2028 and you repay up to ₹2,00,000 of the joining bonus.",
  );
  await expect(page.getByTestId("years-total-b")).toHaveCount(0);
  await page.getByRole("textbox", { name: "Your offer (CTC)" }).fill("");
  await expect(page.getByTestId("years-table")).toBeHidden();
  await expect(page.locator("#section-years")).toContainText("Type an offer above to see four years of it");
});

test("the summary answers with the same sentence from the link, the section closed, and follows a change", async ({ page }) => {
  await openApp(page, "./?city=bengaluru&offer=21.5&var=15&join=2&current=14", { sections: "as-is" });
  await expect(page.locator("#section-years")).not.toHaveAttribute("open");
  const more = total(CHOICES.a) - total(CHOICES.stay);
  const first = Math.round(CHOICES.a[0].total) - Math.round(CHOICES.stay[0].total);
  const line = page.getByTestId("years-lead");
  await expect(line).toBeVisible();
  await expect(line).toHaveText(
    `From January 2027 to March 2031, offer A leaves ${inr(more)} more than staying, ${inr(first)} of it by 31 March 2027.`,
  );
  // Offer B, typed: the line names the offer that leaves more, as the section does.
  await page.locator("#section-years").evaluate((s) => (s.open = true));
  await page.getByRole("button", { name: "Add another offer" }).click();
  await page.getByLabel("Profile B offer (CTC)").fill("23.5");
  await expect(line).toContainText("offer B leaves");
  await expect(line).toHaveText(await page.getByTestId("years-section-lead").innerText());
  // Without an offer, there is nothing to say, and the line and its place go.
  await page.getByRole("button", { name: "Stop comparing" }).click();
  await page.getByRole("textbox", { name: "Your offer (CTC)" }).fill("");
  await expect(line).toBeHidden();
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
  for (const [key, rows] of Object.entries(choices)) {
    for (const row of rows) {
      const cells = page.getByTestId(`years-row-${key}-${row.year}`).locator("td:visible");
      await expect(cells).toHaveCount(3);
      const [cash, tax, kept] = await cells.allTextContents();
      near(cash, row.total, `${key} ${row.year} cash`);
      expect(rupees(tax), `${key} ${row.year} tax`).toBe(row.tax);
      near(kept, row.total, `${key} ${row.year} total`);
    }
    near(await page.getByTestId(`years-total-${key}`).textContent(), rows.reduce((sum, row) => sum + row.total, 0), `${key} in all`);
  }
});

test("every term a link carries: a grant with growth, both bonuses, a payout, raises, a buyout and a forfeit, to the rupee", async ({ page }) => {
  // Joining in April 2027, so the first tax year is the year of joining, whole; the current ₹20 L
  // (all fixed, Bengaluru) pays nothing in it.
  const query =
    "./?city=bengaluru&offer=30&var=10&current=20&join=2&start=2027-04&raise=8&payout=80&join2=1.5&clawback=18" +
    "&rsu=20+L&vest=5/15/40/40&growth=10&buyout=1&forfeit=3";
  await openApp(page, query);
  const start = [2027, 4];
  const now = { ctc: 20e5 };
  const choices = {
    stay: fourYears({ start, job: now, before: now, raise: 8, forfeit: 3e5 }),
    a: fourYears({
      start, job: { ctc: 30e5, var: 10 }, before: now, join: 2e5, join2: 1.5e5, raise: 8, payout: 80,
      grant: 20e5, vest: [5, 15, 40, 40], growth: 10, buyout: 1e5,
    }),
  };
  for (const [key, rows] of Object.entries(choices)) {
    expect(rows.map((r) => r.year)).toEqual(["2027-28", "2028-29", "2029-30", "2030-31", "2031-32"]);
    for (const row of rows) {
      // Kept in cash, stock kept after tax (the vests less the tax they add), tax, total.
      const cells = page.getByTestId(`years-row-${key}-${row.year}`).locator("td:visible");
      await expect(cells).toHaveCount(4);
      const [cash, stock, tax, total] = await cells.allTextContents();
      near(stock, row.vested - row.stockTax, `${key} ${row.year} stock`);
      near(cash, row.total - (row.vested - row.stockTax), `${key} ${row.year} cash`);
      expect(rupees(tax), `${key} ${row.year} tax`).toBe(row.tax);
      near(total, row.total, `${key} ${row.year} total`);
    }
    near(await page.getByTestId(`years-total-${key}`).textContent(), rows.reduce((sum, row) => sum + row.total, 0), `${key} in all`);
  }
  // The 2027-28 row vests nothing (the cliff is April 2028); later rows show the stock's share.
  expect(choices.a[0].vested).toBe(0);
  expect(choices.a[1].vested).toBeGreaterThan(0);
  await expect(page.getByTestId("clawback-risk")).toHaveText(
    "Leave before October 2028 and you repay up to ₹2,00,000 of the joining bonus. " +
      "The second-year bonus of ₹1,50,000, paid in April 2028, is repaid if you leave before October 2029.",
  );
  await expect(page.locator("#section-years")).toContainText(
    "Joining in April 2027, as you set, with a raise of 8% at each anniversary, variable pay at 80% of its " +
      "target on each anniversary and the share price rising 10% a year.",
  );
  // The terms are the link's: the privacy line names the grant, and the address keeps every term.
  await expect(page.locator("#link-offer")).toContainText("your RSU grant of ₹20 L");
  await expect.poll(() => new URL(page.url()).search).toBe(
    "?city=bengaluru&offer=30&join=2&current=20&var=10&start=2027-04&raise=8&payout=80&join2=1.5&clawback=18" +
      "&rsu=20&vest=5-15-40-40&growth=10&buyout=1&forfeit=3",
  );
  // Four columns of figures in crores still fit a 390 px phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the stock, bonuses and switching fields read what is typed as offer letters write it, and a bad value says why", async ({ page }) => {
  await openApp(page, "./?city=bengaluru&offer=30");
  // openApp opens the form's disclosures, as a person would to type in them.
  const terms = page.locator("#switching");
  await expect(terms).toHaveAttribute("open", "");
  // A month, a schedule and a fall in price need "-" or "/": the full keyboard. A payout is digits.
  for (const name of [/vests/, /Month you would join/, /Share price/]) {
    await expect(terms.getByRole("textbox", { name })).not.toHaveAttribute("inputmode", "decimal");
  }
  await expect(terms.getByRole("textbox", { name: /paid out/ })).toHaveAttribute("inputmode", "decimal");
  await terms.getByRole("textbox", { name: /vests/ }).fill("5/15/40/40");
  await expect(page.locator("#vest-status")).toHaveText("Understood as 5-15-40-40.");
  await terms.getByRole("textbox", { name: /RSU grant/ }).fill("35 L");
  await expect(page.locator("#rsu-status")).toHaveText("Understood as ₹35 L (₹35,00,000), its value when granted.");
  await expect.poll(() => new URL(page.url()).searchParams.get("vest")).toBe("5-15-40-40");
  await expect.poll(() => new URL(page.url()).searchParams.get("rsu")).toBe("35");
  await expect(page.locator("#link-offer")).toHaveText("This link includes your offer of ₹30 L and your RSU grant of ₹35 L.");
  const vest = terms.getByRole("textbox", { name: /vests/ });
  await vest.fill("25-25-25");
  await vest.blur();
  await expect(page.locator("#vest-status")).toHaveText(
    "“25-25-25” is not a vesting of whole percentages a year that add up to 100, like 25-25-25-25 or 5-15-40-40, so 25-25-25-25 is used.",
  );
  await expect(vest).toHaveAttribute("aria-invalid", "true");
  await expect.poll(() => new URL(page.url()).searchParams.get("vest")).toBe(null);
  const growth = terms.getByRole("textbox", { name: /Share price/ });
  await growth.fill("-10");
  await expect.poll(() => new URL(page.url()).searchParams.get("growth")).toBe("-10");
});

test("a grant in dollars, typed as the letter writes it, is counted at the dated rate or the one set, to the rupee", async ({ page }) => {
  // FBIL's USD/INR reference rate for 5 February 2026, ₹90.3957, to the paisa: the page's default.
  const REFERENCE = 90.3957;
  const rate = Math.round(REFERENCE * 100) / 100;
  const start = [2027, 1];
  const now = { ctc: 14e5 };
  const offer = (grant) => fourYears({ start, job: { ctc: 30e5 }, before: now, grant, vest: [25, 25, 25, 25] });
  const totalNear = async (rows, what) =>
    near(await page.getByTestId("years-total-a").textContent(), rows.reduce((sum, row) => sum + row.total, 0), what);
  await openApp(page, "./?city=bengaluru&offer=30&current=14&rsu=%2440%2C000");
  await expect(page.getByTestId("notice")).toBeHidden();
  await expect(page.locator("#link-offer")).toHaveText(
    "This link includes your offer of ₹30 L, your current CTC of ₹14 L and your RSU grant of $40,000.",
  );
  await totalNear(offer(40000 * rate), "$40,000 at the reference rate");
  await expect(page.locator("#section-years")).toContainText(
    `A grant in dollars is counted at ₹${rate.toFixed(2)} a dollar, FBIL’s reference rate for 5 February 2026 (₹${REFERENCE}) ` +
      "to the paisa, the latest this page found; the tax would take each vest at its own day’s rate.",
  );
  await expect.poll(() => new URL(page.url()).searchParams.get("rsu")).toBe("40000usd");
  // Named, not worked out: what the shares bring after they vest.
  await expect(page.locator("#section-years")).toContainText(
    "what selling them later brings (capital gains, taxed apart) is left out, and so is reporting shares of a company abroad",
  );
  // Typed as the letter writes it, then at a rate of the person's own.
  const terms = page.locator("#switching");
  await terms.getByRole("textbox", { name: /RSU grant/ }).fill("50k USD");
  await expect(page.locator("#rsu-status")).toHaveText("Understood as $50,000, its value when granted, in rupees at the rate below.");
  await terms.getByRole("textbox", { name: /Rupees a dollar/ }).fill("88.5");
  await expect.poll(() => new URL(page.url()).search).toBe("?city=bengaluru&offer=30&current=14&rsu=50000usd&usd=88.5");
  await totalNear(offer(50000 * 88.5), "$50,000 at ₹88.50");
  await expect(page.locator("#section-years")).toContainText(
    "A grant in dollars is counted at ₹88.50 a dollar, as you set; the tax would take each vest at its own day’s rate.",
  );
  // A rate out of range is named and the default stands; dollars are not an offer's CTC.
  await openApp(page, "./?city=bengaluru&offer=%2440%2C000&rsu=40000usd&usd=9");
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText("The offer in the link was ignored: “$40,000” is not an amount this page can read.");
  await expect(notice).toContainText("“9” in “usd” is not the dollar rate as 40 to 200 rupees a dollar, so the default, 90.4 rupees, is used.");
});

test("the common vestings are one tap each under the vesting field, and a tap is undone by another", async ({ page }) => {
  await openApp(page, "./?city=bengaluru&offer=30&start=2027-04&rsu=20+L");
  const terms = page.locator("#switching");
  const presets = terms.getByRole("group", { name: "Common vestings" });
  await expect(presets.getByRole("button")).toHaveText(["25-25-25-25", "5-15-40-40", "40-30-20-10", "33-33-34"]);
  await expect(presets.getByRole("button", { name: "25-25-25-25" })).toHaveAttribute("aria-pressed", "true");
  const total = (vest) => {
    const rows = fourYears({ start: [2027, 4], job: { ctc: 30e5 }, grant: 20e5, vest });
    return inr(rows.reduce((sum, row) => sum + row.total, 0));
  };
  await presets.getByRole("button", { name: "5-15-40-40" }).click();
  await expect(terms.getByRole("textbox", { name: /vests/ })).toHaveValue("5-15-40-40");
  await expect(page.locator("#vest-status")).toHaveText("Understood as 5-15-40-40.");
  await expect.poll(() => new URL(page.url()).searchParams.get("vest")).toBe("5-15-40-40");
  await expect(presets.getByRole("button", { name: "5-15-40-40" })).toHaveAttribute("aria-pressed", "true");
  await expect(presets.getByRole("button", { name: "25-25-25-25" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("years-total-a")).toHaveText(total([5, 15, 40, 40]));
  await presets.getByRole("button", { name: "33-33-34" }).click();
  await expect(page.getByTestId("years-total-a")).toHaveText(total([33, 33, 34]));
  // Back to the default: the link leaves the vesting out again.
  await presets.getByRole("button", { name: "25-25-25-25" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("vest")).toBe(null);
  await expect(page.getByTestId("years-total-a")).toHaveText(total([25, 25, 25, 25]));
  // On a phone the four fit the form's width.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
