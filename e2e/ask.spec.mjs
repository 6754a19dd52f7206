// The number to ask for, and offer letters as they are written: the take-home wanted answers
// with the least CTC, in whole thousands, whose monthly pay in hand reaches it (checked against
// the law worked out in e2e/law.mjs, and ₹1,000 less must not reach it); the counter-offer line;
// the notations of offer letters and payslips, in the fields and in the link.
import { test, expect, openApp } from "./fixtures.mjs";
import { better, inr } from "./law.mjs";

const WORKED = "role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";

/** The CTC in rupees that `ask-ctc` names: "₹25,68,000 (₹25.68 L)". */
async function askedCtc(page) {
  const text = await page.getByTestId("ask-ctc").textContent();
  const match = text.match(/^₹([\d,]+) \(₹([\d.]+) L\)$/);
  expect(match, text).not.toBeNull();
  const rupees = Number(match[1].replaceAll(",", ""));
  expect(rupees / 1e5).toBeCloseTo(Number(match[2]), 2);
  return rupees;
}

const CASES = [
  { name: "the worked profile, default structure", query: `${WORKED}&want=150000`, want: 150_000, terms: {} },
  { name: "Mumbai with rent and claims", query: "role=backend-developer&city=mumbai&want=90000&rent=40000&80c=150000&80d=25000&home-loan=200000", want: 90_000, terms: { rent: 40_000, claims: { c80: 150_000, d80: 25_000, homeLoan: 200_000 } } },
  { name: "Pune with variable pay and a lower basic", query: "city=pune&want=60000&var=10&basic=40", want: 60_000, terms: { var: 10, basic: 40 } },
  { name: "just above the rebate's edge", query: "city=bengaluru&want=103000", want: 103_000, terms: {} },
];

for (const c of CASES) {
  test(`the CTC to ask for, ${c.name}: it reaches the take-home and ₹1,000 less does not`, async ({ page }) => {
    await openApp(page, `./?${c.query}`);
    const ctc = await askedCtc(page);
    expect(ctc % 1000).toBe(0);
    const at = (rupees) => better({ ctc: rupees, ...c.terms, claims: c.terms.claims });
    expect(Math.round(at(ctc).monthly)).toBeGreaterThanOrEqual(c.want);
    expect(Math.round(at(ctc - 1000).monthly)).toBeLessThan(c.want);
    const w = at(ctc);
    await expect(page.getByTestId("summary-ask")).toContainText(`To take home ${inr(c.want)} a month, ask for`);
    await expect(page.getByTestId("summary-ask")).toContainText(`under the ${w.regime} regime it pays ${inr(w.monthly)} a month in hand`);
    await expect(page.getByTestId("ask-position")).toHaveText(/^That is (\d+% (above|below)|level with) the estimate of ₹[\d.]+ L, (above|below|within) its range/);
  });
}

test("the take-home field reads the notations, and the hike in CTC over the current one", async ({ page }) => {
  await openApp(page, `./?${WORKED}&current=14`);
  const field = page.getByLabel("Take-home you want a month");
  await field.fill("150k");
  await expect(page).toHaveURL(/want=150000(&|$)/);
  const ctc = await askedCtc(page);
  const hike = Math.round((ctc / 14e5 - 1) * 100);
  await expect(page.getByTestId("ask-hike")).toHaveText(`A hike of ${hike}% in CTC over your current ₹14 L.`);
  // A year's amount is twelve months: 18 LPA is ₹1,50,000 a month.
  await field.fill("18 LPA");
  await expect(page).toHaveURL(/want=150000(&|$)/);
  await field.fill("");
  await expect(page.getByTestId("summary-ask")).toBeHidden();
  await expect(page).not.toHaveURL(/want=/);
});

test("an offer below the estimate gets the counter-offer line, with what the estimate adds in hand", async ({ page }) => {
  await openApp(page, `./?${WORKED}&offer=12`);
  const add = Math.round(better({ ctc: 14.1e5 }).monthly) - Math.round(better({ ctc: 12e5 }).monthly);
  await expect(page.getByTestId("counter-offer")).toHaveText(
    `The market estimate for this profile is ₹14.1 L: ₹2.1 L more than the offer, which would add ${inr(add)} a month in hand.`,
  );
  // At or above the estimate there is none.
  await page.getByLabel("Your offer (CTC)").fill("19");
  await expect(page.getByTestId("counter-offer")).toBeHidden();
});

test("offer letters' notations read in the offer field and in the link, a month's CTC times 12", async ({ page }) => {
  await openApp(page, `./?${WORKED}`);
  const offer = page.getByLabel("Your offer (CTC)");
  const status = page.getByTestId("offer-understood");
  for (const [typed, link] of [
    ["12,50,000/-", "12.5"],
    ["Rs. 12,50,000/-", "12.5"],
    ["₹12,50,000/- p.a.", "12.5"],
    ["INR 12,50,000 per annum", "12.5"],
    ["12.5 LPA", "12.5"],
    ["12.5L CTC", "12.5"],
    ["12.5 lacs", "12.5"],
  ]) {
    await offer.fill(typed);
    await expect(page, typed).toHaveURL(new RegExp(`offer=${link}(&|$)`));
    await expect(status).toHaveText("Understood as ₹12.5 L a year (₹12,50,000).");
  }
  for (const [typed, lakh, monthly] of [
    ["₹1,04,167 per month", "12.5", "1,04,167"],
    ["1,04,167 pm", "12.5", "1,04,167"],
    ["1.04 L/month", "12.48", "1,04,000"],
    ["85k per month", "10.2", "85,000"],
    ["85K/month", "10.2", "85,000"],
    ["₹85,000 monthly", "10.2", "85,000"],
  ]) {
    await offer.fill(typed);
    await expect(page, typed).toHaveURL(new RegExp(`offer=${lakh.replace(".", "\\.")}(&|$)`));
    await expect(status).toHaveText(`Understood as ₹${lakh} L a year (₹${monthly} a month × 12).`);
  }
  // A range is not an amount, and says so when the field is left.
  await offer.fill("12-15 L");
  await offer.blur();
  await expect(status).toHaveText("“12-15 L” is a range, not an amount. Type the one figure, such as the offer in the letter.");
  await expect(offer).toHaveAttribute("aria-invalid", "true");
  // In the link: the same notations, canonical once read.
  await openApp(page, `./?${WORKED}&offer=${encodeURIComponent("Rs. 12,50,000/-")}&want=${encodeURIComponent("1.5 L")}`);
  await expect(page).toHaveURL(/offer=12\.5&want=150000(&|$)/);
  await expect(page.getByTestId("summary-ask")).toBeVisible();
});
