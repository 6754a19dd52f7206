// The amount fields as a person meets them on a phone: one reading of a bare number in every
// field, a line that says what was understood, offer letters' own lines, a keyboard that can
// type the hints' examples, and nothing that flashes or moves while an amount is half typed.
import { test, expect, openApp } from "./fixtures.mjs";

const WORKED = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
const AMOUNT_FIELDS = ["offer", "current", "want", "join", "rent", "80c", "80d", "80d-parents", "nps", "home-loan"];

test("every amount field uses a keyboard that can type “12.5 L”, “150k” and “1.2 Cr”", async ({ page }) => {
  await openApp(page, WORKED);
  for (const id of AMOUNT_FIELDS) {
    const inputmode = await page.locator(`[id="${id}"]`).getAttribute("inputmode");
    expect(inputmode === null || inputmode === "text", `#${id} has inputmode ${inputmode}`).toBe(true);
  }
});

test("a bare “1.4” is read as lakh in the take-home field too, and said so", async ({ page }) => {
  await openApp(page, WORKED);
  const want = page.locator("#want");
  await want.fill("1.4");
  await expect(page.locator("#want-status")).toHaveText("Understood as ₹1,40,000 a month.");
  await expect(page.getByTestId("summary-ask")).toBeVisible();
  await expect(page.getByTestId("summary-ask")).toContainText("To take home ₹1,40,000 a month");
  await expect(page.getByTestId("summary-ask")).not.toContainText("₹1 a month");
});

test("a bare “35” in rent is refused with how to type it, and no rent is counted", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=20`);
  const inHand = await page.getByTestId("regime-old").textContent();
  const rent = page.locator("#rent");
  await rent.fill("35");
  await rent.blur();
  const status = page.locator("#rent-status");
  await expect(status).toContainText("“35”");
  await expect(status).toContainText("Type it as ₹40,000, 40k or 0.4 L a month.");
  await expect(status).toContainText("None is counted.");
  await expect(rent).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("regime-old")).toHaveText(inHand);
});

for (const line of ["CTC: Rs. 21,50,000/- p.a.", "21,50,000 INR", "Rs. 21,50,000/- p.a. (including variable)"]) {
  test(`an offer letter's line “${line}” is read as ₹21.5 L`, async ({ page }) => {
    await openApp(page, WORKED);
    await page.locator("#offer").fill(line);
    await expect(page.locator("#offer-status")).toHaveText("Understood as ₹21.5 L a year (₹21,50,000).");
    await expect(page.getByTestId("summary-in-hand")).toBeVisible();
    await expect(page.locator("#summary-title")).toHaveText("Your offer of ₹21.5 L");
  });
}

test("typed key by key, “Rs. 21,50,000” shows no figure its whole would not, and the field never moves", async ({ page }) => {
  await openApp(page, WORKED);
  const offer = page.locator("#offer");
  await offer.scrollIntoViewIfNeeded();
  const before = await offer.boundingBox();
  const allowed = ["Estimated salary", "Your offer of ₹21.5 L"];
  const seen = new Set();
  await offer.focus();
  for (const key of "Rs. 21,50,000") {
    await page.keyboard.type(key);
    // What the summary and the pinned bar say after each key, once the page has answered it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const title = await page.locator("#summary-title").textContent();
    seen.add(title);
    expect(allowed, `after “${await offer.inputValue()}”, the title says “${title}”`).toContain(title);
    for (const text of await page.locator(".summary-live, .estimate-bar").allTextContents()) {
      expect(text, `after “${await offer.inputValue()}”`).not.toMatch(/₹2150 L|2150|21400%|₹85,88,424/);
    }
    const box = await offer.boundingBox();
    expect(Math.abs(box.y - before.y), `after “${await offer.inputValue()}” the field moved`).toBeLessThan(1);
  }
  expect([...seen]).toContain("Your offer of ₹21.5 L");
  // A half-typed amount says how to go on while typing, without waiting for the field to be left.
  await offer.fill("Rs. 21,50,");
  await expect(page.locator("#offer-status")).not.toHaveText("");
});

test("the joining bonus's line says it is paid once", async ({ page }) => {
  await openApp(page, `${WORKED}&offer=20`);
  await page.locator("#join").fill("2");
  await expect(page.locator("#join-status")).toHaveText("Understood as ₹2 L (₹2,00,000), paid once.");
});

for (const [query, names] of [
  ["offer=lots", "The offer in the link"],
  ["compare=1&b.offer=lots", "“b.offer”"],
  ["compare=1&b.join=%3Cb%3E9%3C%2Fb%3E", "“b.join”"],
]) {
  test(`a bad amount in ${query} gets a notice that names ${names}`, async ({ page }) => {
    await openApp(page, `${WORKED}&${query}`);
    const notice = page.getByTestId("notice");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(names);
    if (query.includes("b.")) await expect(notice).toContainText(/profile B/i);
    await expect(page.locator("main b")).toHaveCount(0);
  });
}
