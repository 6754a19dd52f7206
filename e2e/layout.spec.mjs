// The page arranged around the decision, tried as the two people of the issue tried it on a
// 390 × 844 phone: a developer with an offer, and a reader of a link a friend sent. The
// summary answers first, the sections below open on demand, one figure stands for one thing,
// and what a person applies or was sent can be undone or set aside.
import { test, expect, openApp, openSections, params } from "./fixtures.mjs";

test.use({ viewport: { width: 390, height: 844 } });

const PROFILE = "role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";
const OFFER_LINK = `?${PROFILE}&offer=19&current=14&var=15&rent=30000`;
/** "₹1,07,133" as a number of rupees. */
const rupees = (text) => Number(text.match(/₹([0-9,]+)/)[1].replaceAll(",", ""));

test("with an offer, the summary on the first screen answers: pay in hand, regime, standing, hike", async ({ page }) => {
  await openApp(page, OFFER_LINK, { sections: "as-is" });
  const bar = await page.getByTestId("estimate-bar").boundingBox();
  for (const id of ["summary-in-hand", "summary-regime", "summary-verdict", "summary-hike"]) {
    const part = page.getByTestId(id);
    await expect(part).toBeVisible();
    const box = await part.boundingBox();
    expect(box.y, `${id} is on the first screen`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${id} is above the pinned bar`).toBeLessThanOrEqual(bar.y);
  }
  const inHand = await page.getByTestId("summary-in-hand").textContent();
  expect(inHand).toMatch(/^₹[0-9,]+$/);
  const regime = await page.getByTestId("summary-regime").textContent();
  expect(["new", "old"]).toContain(regime);
  await expect(page.getByTestId("summary-verdict")).toContainText("above");
  const hike = await page.getByTestId("summary-hike").textContent();
  console.log(`summary at 390 px: ${inHand} a month under the ${regime} regime; ${hike}`);

  // The pinned bar shows the same figure.
  await expect(page.getByTestId("estimate-bar")).toContainText(inHand);

  // Each agrees to the rupee with the sections below.
  await openSections(page);
  await expect(page.getByTestId("offer-in-hand")).toHaveText(inHand);
  await expect(page.getByTestId(`regime-${regime}`)).toHaveText(inHand);
  const other = await page.getByTestId(`regime-${regime === "new" ? "old" : "new"}`).textContent();
  const margin = rupees(inHand) - rupees(other);
  await expect(page.getByTestId("regime-better")).toContainText(`The ${regime} regime pays ₹${margin.toLocaleString("en-IN")} more a month`);
  await expect(page.getByTestId("summary")).toContainText(`₹${margin.toLocaleString("en-IN")} a month more than under the`);
  const current = await page.getByTestId("current-in-hand").textContent();
  expect(hike).toContain(`₹${(rupees(inHand) - rupees(current)).toLocaleString("en-IN")} more a month`);
  await expect(page.getByTestId("offer-position")).toHaveText(/^35% above the estimate of ₹14\.1 L, above its range/);
});

test("with two offers, the pinned bar keeps both figures and its words on one line", async ({ page }) => {
  // Both figures at their longest here (lakh a month would need a CTC over ₹1.2 Cr).
  await openApp(page, `?${PROFILE}&offer=80&b.city=pune&b.offer=95`, { sections: "as-is" });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = page.getByTestId("estimate-bar");
  await expect(bar).toBeVisible();
  await expect(bar).toContainText(/^A ₹[0-9,]{8} · B ₹[0-9,]{8}a month in hand$/);
  // A flex item is a block, one box however many lines it has: its text's boxes count them.
  const lines = await bar.evaluate((element) =>
    [...element.children].map((child) => {
      const range = document.createRange();
      range.selectNodeContents(child);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  );
  expect(lines, "each part of the bar is one line box").toEqual([1, 1]);
});

test("the page opens at most 5,000 px tall, and no statute number is in its running text", async ({ page }) => {
  await openApp(page, OFFER_LINK, { sections: "as-is" });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`layout at 390 px, the offer link as it opens: ${height} px tall`);
  expect(height).toBeLessThanOrEqual(5000);
  // What a person reads, with every section open, outside the workings and the sources.
  await openSections(page);
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll("details:not(.section):not(.terms), .sources, #section-how, script, style").forEach((e) => e.remove());
    document.documentElement.append(copy);
    const visible = copy.innerText;
    copy.remove();
    return visible;
  });
  expect(text).toContain("What it pays in hand");
  expect(text.match(/\bsections? \d+/gi) ?? []).toEqual([]);
  expect(text).not.toMatch(/10\(13A\)/);
});

test("the survey's figures are said to be what the article says, where the offer is set against them", async ({ page }) => {
  await openApp(page, OFFER_LINK, { sections: "as-is" });
  await expect(page.locator("#offer-notes .hint")).toBeVisible();
  await expect(page.locator("#offer-notes .hint")).toContainText("average annual salaries");
  await expect(page.locator("#offer-notes .hint")).toContainText("not said to be CTC or fixed pay");
});

test("the ladder's next rung and the lever for it give the same percentage", async ({ page }) => {
  await openApp(page, `?${PROFILE}`);
  const lever = await page.getByTestId("levers").locator("li", { hasText: "Next rung" }).textContent();
  const rung = await page.getByTestId("next-step").textContent();
  const percent = (text) => text.match(/\+(\d+)%/)[1];
  console.log(`next rung: the lever says “${lever.trim()}”, the ladder “${rung.trim()}”`);
  expect(percent(rung)).toBe(percent(lever));
  expect(rung).toContain("Technical Architect");
});

test("Undo after Apply puts the profile and the link back exactly", async ({ page }) => {
  await openApp(page, OFFER_LINK);
  const before = page.url();
  const verdict = await page.getByTestId("summary-verdict").textContent();
  await expect(page.getByTestId("undo")).toBeHidden();
  await page.getByRole("button", { name: "Apply: Learn Data Security Expertise" }).click();
  await expect.poll(() => params(page).get("skill")).toBe("data-security");
  await expect(page.getByTestId("summary-verdict")).not.toHaveText(verdict);
  await page.getByTestId("undo").click();
  await expect.poll(() => page.url()).toBe(before);
  await expect(page.getByTestId("summary-verdict")).toHaveText(verdict);
  await expect(page.getByRole("combobox", { name: "Skill", exact: true })).toHaveValue("python");
  await expect(page.getByTestId("undo")).toBeHidden();
});

test("a link's amounts are named as shared, and Start with mine leaves the profile only", async ({ page }) => {
  await openApp(page, OFFER_LINK, { sections: "as-is" });
  await expect(page.getByTestId("shared-amounts")).toContainText(
    "This link carries amounts someone entered: offer ₹19 L, current CTC ₹14 L, variable pay 15% and rent ₹30,000 a month.",
  );
  await page.getByTestId("start-with-mine").click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?${PROFILE}`);
  await expect(page.getByTestId("shared-amounts")).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Your offer (CTC)" })).toHaveValue("");
  await expect(page.getByTestId("summary-verdict")).toBeHidden();
  await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
});

test("the workings show whole rupees and no empty rows, and each sentence once", async ({ page }) => {
  await openApp(page, OFFER_LINK);
  await page.locator("#section-pay details, #section-regimes details").evaluateAll((all) => all.forEach((d) => (d.open = true)));
  const working = await page.locator("#section-pay, #section-regimes").allInnerTexts();
  const text = working.join("\n");
  // Lakh figures ("₹14.1 L") have a point; rupees never do.
  expect(text.match(/₹[0-9,]+\.[0-9]+(?![0-9])(?!\s*(L|Cr)\b)/g) ?? [], "no paise").toEqual([]);
  expect(text.match(/[−-]₹0\b/g) ?? [], "no zero rows").toEqual([]);
  const breakEven = await page.getByTestId("break-even").textContent();
  const sentence = breakEven.split(/(?<=\.)\s/)[0];
  const all = await page.locator("main").innerText();
  expect(all.split(sentence).length - 1, `“${sentence}” said once`).toBe(1);
});

for (const width of [320, 360, 390]) {
  test(`at ${width} px the compare table breaks no word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, `?${PROFILE}&b.role=technical-lead&b.city=pune&b.company=accenture`);
    const split = await page.locator("#section-compare").evaluate((section) => {
      const broken = [];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.checkVisibility()) continue;
        // A hyphen is a place to break ("Mid-" / "Level"); inside a word there is none.
        for (const match of node.textContent.matchAll(/[^\s\-–]+[\-–]?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    });
    expect(split, "words broken across lines").toEqual([]);
  });
}
