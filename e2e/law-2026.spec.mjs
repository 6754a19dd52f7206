// The law as it stands in December 2026: the PF wage ceiling that rose on 17 September, wages
// as the Labour Codes define them, the employer's NPS, and the workplaces the survey does not
// list. Every expected figure comes from e2e/law.mjs, which works the law out on its own.
import { test, expect, filter, openApp } from "./fixtures.mjs";
import { better, inr, pfCeilingMonth, work } from "./law.mjs";

test.use({ serviceWorkers: "block" });

const WORKED = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
const APP_WASM = /salary-estimator-[0-9a-f]+_bg\.wasm$/;

/** The offer's working (the new regime's), opened. */
async function offerWorking(page) {
  const column = page.locator(".pay").nth(1);
  await column.locator("summary").click();
  return column.locator("table.working");
}

const amountOf = (working, label) => working.getByRole("row", { name: label, exact: false }).getByRole("cell");

/** Opens `path` with the app's module held back, so what shows is the first stage's. */
async function openFirstStage(page, path) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(APP_WASM, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(path);
  await expect(page.getByTestId("estimate")).toBeVisible();
  return release;
}

for (const [day, when] of [
  ["2026-12-01", "in December 2026"],
  ["2026-09-01", "on 1 September 2026, before the ceiling rose"],
]) {
  test.describe(when, () => {
    test.use({ pinnedDate: `${day}T12:00:00+05:30` });
    const ceiling = pfCeilingMonth(day);
    const pf = (ceiling * 12) / 100; // 12% a month
    test(`capped PF is 12% of the ₹${ceiling.toLocaleString("en-IN")} ceiling, ₹${pf.toLocaleString("en-IN")} a month`, async ({ page }) => {
      const o = { ctc: 2_500_000, pf: "capped" };
      await openApp(page, `${WORKED}&offer=25&pf=capped`);
      await expect(page.locator("#pf option[value=capped]")).toContainText(`Capped: ${inr(pf)} a month`);
      await expect(page.locator("#pf option[value=capped]")).toContainText(`${inr(ceiling)} wage ceiling`);
      await expect(page.getByTestId("summary-in-hand")).toHaveText(inr(better(o, day).monthly));
      await expect(page.getByTestId("offer-in-hand")).toHaveText(inr(work(o, "new", day).monthly));
      const working = await offerWorking(page);
      await expect(amountOf(working, "Your PF, the same as the employer’s")).toHaveText(`−${inr(pf * 12)}`);
    });
  });
}

test("the page says which PF ceiling the monthly figures use, and since when", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=25&pf=capped`);
  await expect(page.locator("#section-pay")).toContainText("PF at the wage ceiling of ₹25,000 a month, in force since 17 September 2026");
});

for (const [param, terms, says] of [
  ["enps=14", { enps: 14 }, "Employer’s NPS deducted"],
  ["grat=wages", { grat: "wages" }, "Gratuity, 4.81% of the wages under the Code"],
  ["pf=wages", { pf: "wages" }, "Employer’s PF, 12% of the wages under the Code"],
]) {
  test(`${param} changes the pay in hand as the law does, in both regimes and in the first stage`, async ({ page }) => {
    const o = { ctc: 2_500_000, ...terms };
    const plain = { ctc: 2_500_000 };
    for (const regime of ["new", "old"]) {
      expect(Math.round(work(o, regime).monthly), `${param} changes the ${regime} regime`).not.toBe(Math.round(work(plain, regime).monthly));
    }
    const release = await openFirstStage(page, `${WORKED}&offer=25&${param}`);
    await expect(page.getByTestId("summary-in-hand")).toHaveText(inr(better(o).monthly));
    release();
    await expect(page.locator("#section-how")).toBeVisible();
    await page.locator("details.section").evaluateAll((sections) => sections.forEach((s) => (s.open = true)));
    await expect(page.getByTestId("regime-new")).toHaveText(inr(work(o, "new").monthly));
    await expect(page.getByTestId("regime-old")).toHaveText(inr(work(o, "old").monthly));
    await expect(page.getByTestId("summary-in-hand")).toHaveText(inr(better(o).monthly));
    const working = await offerWorking(page);
    await expect(working).toContainText(says);
  });
}

test("the employer's NPS says beside its field what it costs and saves a month", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=25&enps=14`);
  const o = { ctc: 2_500_000, enps: 14 };
  // 14% of basic (half the CTC) a month, and the tax it saves against the same CTC as salary.
  const nps = (2_500_000 * 0.5 * 0.14) / 12;
  const saved = (work({ ctc: 2_500_000 }, "new").tax - work(o, "new").tax) / 12;
  await expect(page.locator("#enps-status")).toHaveText(`${inr(nps)} a month into NPS; ${inr(saved)} a month less tax.`);
});

// Rent of ₹80,000 a month puts the old regime's HRA exemption at its share of basic pay: 50% in
// the cities rule 279(1) lists, 40% elsewhere (law.mjs), so the figures tell the classes apart.
for (const [city, name] of [
  ["gurugram", "Gurugram"],
  ["noida", "Noida"],
  ["delhi", "Delhi"],
  ["kolkata", "Kolkata"],
  ["ahmedabad", "Ahmedabad"],
]) {
  test(`${name}: the national estimate, said so, and its own professional tax and HRA`, async ({ page }) => {
    const o = { ctc: 2_000_000, city, rent: 80_000 };
    await openApp(page, `?city=${city}&offer=20&rent=80000`);
    await expect(filter(page, "City")).toHaveValue(city);
    await expect(page.getByTestId("no-figures")).toHaveText(
      `The survey has no figures for ${name}: this is the national estimate for the rest of the profile.`,
    );
    await expect(page.getByTestId("estimate")).toHaveText("₹8.0 L");
    await expect(page.getByTestId("regime-new")).toHaveText(inr(work(o, "new").monthly));
    await expect(page.getByTestId("regime-old")).toHaveText(inr(work(o, "old").monthly));
  });
}

test("Gurugram and Delhi differ only by the old regime's HRA class, Bengaluru also by professional tax", () => {
  // The recomputation itself tells the cases apart, so the figures above test what they claim.
  const at = (city, regime) => Math.round(work({ ctc: 2_000_000, city, rent: 80_000 }, regime).monthly);
  expect(at("gurugram", "new")).toBe(at("delhi", "new"));
  expect(at("gurugram", "old")).toBeLessThan(at("delhi", "old"));
  expect(at("bengaluru", "new")).toBeLessThan(at("delhi", "new"));
});

test("the cities the survey does not list are grouped apart in the select", async ({ page }) => {
  await openApp(page, WORKED);
  await expect(page.locator("#filter-city optgroup[label='In the survey'] option")).toHaveCount(5);
  await expect(page.locator("#filter-city optgroup[label='Other cities'] option")).toHaveCount(13);
});

test("the page names no Act that cannot be found, and says when a fixed-term employee earns gratuity", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=25`);
  await page.locator("#section-pay .sources-list summary").click();
  await expect(page.locator("body")).not.toContainText("Taxation and Other Laws (Amendment) Act");
  await expect(page.locator("#section-pay")).toContainText("one year");
});
