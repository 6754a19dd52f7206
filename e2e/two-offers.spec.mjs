// Two offers side by side: a link with both opens with the section filled, every figure agrees
// to the rupee with a recomputation from the law for 2026-27 (e2e/law.mjs, not the app's code),
// and changing B's fields updates the section, the verdict, the chart and the link.
import { test, expect, openApp } from "./fixtures.mjs";

import { better, inr } from "./law.mjs";

const CASES = [
  {
    name: "Bengaluru with variable pay against Pune all fixed with a joining bonus",
    query:
      "role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=19&current=14&var=15&rent=30000" +
      "&b.role=senior-backend-developer&b.city=pune&b.offer=17.5&b.join=2",
    a: { ctc: 19e5, var: 15, rent: 30_000 },
    b: { ctc: 17.5e5, join: 2e5 },
    // The current job on the default structure (all fixed, basic 50%, full PF), in A's city
    // with A's rent: not on the offer's 15% variable.
    current: { ctc: 14e5, rent: 30_000 },
  },
  {
    name: "both in Maharashtra, other structures, claims and both bonuses",
    query:
      "role=backend-developer&city=mumbai&offer=12&join=1&rent=45000&80c=100000&80d=25000&home-loan=200000" +
      "&b.role=technical-lead&b.city=pune&b.offer=11&b.join=0.5&b.basic=40&b.pf=capped&b.var=10&b.rent=35000",
    a: { ctc: 12e5, join: 1e5, rent: 45_000 },
    b: { ctc: 11e5, join: 0.5e5, basic: 40, pf: "capped", var: 10, rent: 35_000 },
    claims: { c80: 100_000, d80: 25_000, homeLoan: 200_000 },
  },
  {
    name: "the old regime for one (Mumbai, high rent, every claim in full) and the new for the other",
    query:
      "role=senior-backend-developer&city=mumbai&offer=24&rent=60000&80c=150000&80d=25000&nps=50000&home-loan=200000" +
      "&b.role=technical-lead&b.city=bengaluru&b.offer=30&b.var=10",
    a: { ctc: 24e5, rent: 60_000 },
    b: { ctc: 30e5, var: 10 },
    claims: { c80: 150_000, d80: 25_000, nps: 50_000, homeLoan: 200_000 },
    regimes: ["old", "new"],
  },
];

for (const c of CASES) {
  test(`two offers, ${c.name}: every figure agrees with the law worked out here`, async ({ page }) => {
    await openApp(page, `./?${c.query}`);
    const a = better({ ...c.a, claims: c.claims });
    const b = better({ ...c.b, claims: c.claims });
    if (c.regimes) expect([a.regime, b.regime], "the case's regimes, by the law").toEqual(c.regimes);
    for (const [key, w] of [["a", a], ["b", b]]) {
      await expect(page.getByTestId(`offer-${key}-monthly`)).toHaveText(inr(w.monthly));
      await expect(page.getByTestId(`offer-${key}-regime`)).toHaveText(w.regime);
      await expect(page.getByTestId(`offer-${key}-first-year`)).toHaveText(inr(w.firstYear));
    }
    const difference = Math.round(b.monthly) - Math.round(a.monthly);
    const winner = difference > 0 ? "B" : "A";
    const verdict = page.getByTestId("offers-verdict");
    await expect(verdict).toContainText(`Offer ${winner} pays ${inr(Math.abs(difference))} more a month in hand (${inr(Math.abs(difference) * 12)} a year)`);
    // The summary at the top leads with the same sentence, and the phone's bar has both figures.
    await expect(page.getByTestId("summary-offers")).toHaveText(await verdict.textContent());
    await expect(page.getByTestId("estimate-bar")).toContainText(`A ${inr(a.monthly)} · B ${inr(b.monthly)}`);
    // The summary's figure is the offer its sentence names, as the law works it out; its title
    // names both offers, and the lines about offer A alone give way to the section.
    const named = winner === "B" ? b : a;
    await expect(page.getByTestId("summary-in-hand")).toHaveText(inr(named.monthly));
    await expect(page.getByTestId("summary-regime")).toHaveText(named.regime);
    await expect(page.locator("#summary-title")).toHaveText("Your two offers");
    await expect(page.getByTestId("summary-verdict")).toBeHidden();
    await expect(page.getByTestId("summary-hike")).toBeHidden();
    // The market estimate stays one line under the figure, as with one offer.
    await expect(page.locator("#estimate-detail")).toBeHidden();
    if (c.current) {
      const now = better({ ...c.current, claims: c.claims });
      for (const [key, w] of [["a", a], ["b", b]]) {
        const hike = Math.round(((w.monthly - now.monthly) / now.monthly) * 100);
        await expect(page.getByTestId(`offer-${key}-hike`)).toHaveText(`${hike}% more in hand a month than now`);
      }
    }
    // The chart's figures: each offer's parts add up to its CTC.
    const table = page.getByTestId("ctc-chart").locator("tbody tr");
    await expect(table).toHaveCount(7);
    await expect(table.nth(2).locator("td").nth(1)).toHaveText(inr(b.pf));
    await expect(table.nth(4).locator("td").nth(0)).toHaveText(inr(a.gratuity));
  });
}

test("changing B's offer updates the section, the verdict, the chart and the link; a bad b.var is named", async ({ page }) => {
  await openApp(page, `./?${CASES[0].query}&b.var=90`);
  await expect(page.getByTestId("notice")).toContainText("b.var");
  const verdict = page.getByTestId("offers-verdict");
  await expect(verdict).toContainText("Offer B pays");
  const offerB = page.getByLabel("Profile B offer (CTC)");
  await expect(offerB).toHaveValue("17.5");
  await offerB.fill("14");
  const b = better({ ctc: 14e5, join: 2e5 });
  const a = better({ ctc: 19e5, var: 15, rent: 30_000 });
  await expect(page.getByTestId("offer-b-monthly")).toHaveText(inr(b.monthly));
  await expect(verdict).toContainText(`Offer A pays ${inr(Math.round(a.monthly) - Math.round(b.monthly))} more a month`);
  await expect(page).toHaveURL(/b\.offer=14(&|$)/);
  await expect(page.getByTestId("ctc-chart").locator("tbody tr").first().locator("td").nth(1)).toHaveText(inr(b.monthly * 12));
  // B's joining bonus field has its own label, and the privacy line names B's amounts.
  await expect(page.getByLabel("Profile B joining bonus")).toHaveValue("2");
  await expect(page.getByTestId("link-has-offer")).toContainText("profile B");
  // Without B's offer the section goes, and so does the verdict at the top.
  await offerB.fill("");
  await expect(page.getByTestId("two-offers")).toBeHidden();
  await expect(page.getByTestId("summary-offers")).toBeHidden();
  await expect(page).not.toHaveURL(/b\.offer=/);
});

test("B's estimate has its monthly pay in hand in the compare panel", async ({ page }) => {
  await openApp(page, "./?b.role=senior-backend-developer&b.city=pune");
  const b = better({ ctc: 12.4e5 });
  await expect(page.getByTestId("estimate-b")).toHaveText("₹12.4 L");
  await expect(page.getByTestId("in-hand-b")).toHaveText(`${inr(b.monthly)} a month in hand, under the ${b.regime} regime`);
});

test("Add another offer, beside the offer field on a phone, starts comparing with the cursor in offer B's field", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "./?city=pune&offer=21.5");
  const add = page.getByRole("button", { name: "Add another offer" });
  // On the label's row, right of its words (measured on the text itself, the label being a
  // block), above the field, inside the screen: on a 390 px phone and a 320 px one.
  const place = () =>
    page.evaluate(() => {
      const label = document.querySelector('label[for="offer"]');
      const range = document.createRange();
      range.selectNodeContents(label);
      const words = range.getBoundingClientRect();
      const add = document.querySelector(".add-offer");
      const button = add.getBoundingClientRect();
      range.selectNodeContents(add);
      const text = range.getBoundingClientRect();
      const field = document.getElementById("offer").getBoundingClientRect();
      return { words, button, text, field, width: document.documentElement.clientWidth };
    });
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    const { words, button, text, field, width: shown } = await place();
    expect(Math.abs(text.bottom - Math.min(words.bottom, words.top + text.height)), `${width} px: on the label's first line`).toBeLessThanOrEqual(4);
    expect(button.left, `${width} px: right of the label's words`).toBeGreaterThanOrEqual(words.right + 4);
    expect(button.bottom, `${width} px: above the field`).toBeLessThanOrEqual(field.top + 1);
    expect(button.right, `${width} px: inside the screen`).toBeLessThanOrEqual(shown);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await add.click();
  const offerB = page.getByLabel("Profile B offer (CTC)");
  await expect(offerB).toBeFocused();
  await expect(page.locator("#section-compare")).toHaveAttribute("open", "");
  await page.keyboard.type("24");
  await expect(page.getByTestId("summary-offers")).toBeVisible();
  await expect(page).toHaveURL(/b\.offer=24(&|$)/);
  // Comparing, the button goes to offer B; B starts in A's city, and stopping and starting
  // again keeps the city B was given.
  const cityB = page.getByLabel("Profile B City");
  await expect(cityB).toHaveValue("pune");
  await cityB.selectOption("hyderabad");
  await page.getByRole("button", { name: "Stop comparing" }).click();
  await expect(page).not.toHaveURL(/b\.city=/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("button", { name: "Add another offer" }).click();
  await expect(cityB).toHaveValue("hyderabad");
  await expect(offerB).toBeFocused();
  await expect(page.getByRole("button", { name: "Go to offer B" })).toBeVisible();
  // Without a first offer there is no other one to add.
  await page.getByRole("textbox", { name: "Your offer (CTC)" }).fill("");
  await expect(page.locator(".add-offer")).toBeHidden();
});
