// The current job as it is paid (issue 31): its own city, basic pay, PF, variable pay and rent,
// from a link or typed, and the hike line comparing the offer with it. Every expected figure
// comes from e2e/law.mjs, which works the law out on its own.
import { test, expect, openApp } from "./fixtures.mjs";
import { better, inr, work } from "./law.mjs";

const OFFER = { ctc: 2_150_000, var: 15, city: "bengaluru" };
/** The hike a month: the better regime's whole rupees of each, as the summary shows them. */
const gain = (offer, now) => Math.round(better(offer).monthly) - Math.round(better(now).monthly);
const against = (page) => page.locator("#summary-hike-against");
const field = (page, key) => page.locator(`[id="${key}"]`);

test("current=14&now.var=0: the hike compares the offer with the current job on its own structure", async ({ page }) => {
  await openApp(page, "?city=bengaluru&offer=21.5&var=15&current=14&now.var=0");
  await expect(page.getByTestId("notice")).toBeHidden();
  await expect(against(page)).toHaveText("Against your current ₹14 L (read as all fixed, basic 50%, full PF):");
  // All fixed, in Bengaluru: ₹20,742 more a month, where the offer's own structure gave ₹35,087.
  await expect(page.getByTestId("hike")).toContainText(`${inr(gain(OFFER, { ctc: 1_400_000 }))} more a month`);
  await expect(page.getByTestId("current-in-hand")).toHaveText(inr(work({ ctc: 1_400_000 }, "new").monthly));
});

test("the current job's city, basic pay, PF, variable pay and rent: from a link, then typed and refused", async ({ page }) => {
  const now = { ctc: 1_400_000, city: "pune", basic: 40, pf: "capped", var: 10, rent: 20_000 };
  const offer = { ...OFFER, rent: 30_000 };
  await openApp(
    page,
    "?city=bengaluru&offer=21.5&var=15&current=14&rent=30000&now.city=pune&now.basic=40&now.pf=capped&now.var=10&now.rent=20000",
    { sections: "as-is" },
  );
  await expect(page.getByTestId("notice")).toBeHidden();
  await expect(against(page)).toHaveText("Against your current ₹14 L (10% variable, basic 40%, PF capped, in Pune):");
  await expect(page.getByTestId("hike")).toContainText(`${inr(gain(offer, now))} more a month`);
  await expect(page.getByTestId("current-in-hand")).toHaveText(inr(work(now, "new").monthly));
  await expect(page.getByTestId("shared-amounts")).toContainText("current rent ₹20,000 a month");

  // The form holds what the link set, in its own disclosure beside the current CTC, which a
  // link never opens.
  await expect(page.locator("#now-job")).not.toHaveAttribute("open");
  await page.locator("#now-job > summary").click();
  await expect(field(page, "now.city")).toHaveValue("Pune");
  await expect(page.locator('[id="now.city-status"]')).toHaveText("Understood as Pune.");
  await expect(field(page, "now.pf")).toHaveValue("capped");
  await expect(field(page, "now.rent")).toHaveValue("20,000");

  // A city typed by its name moves the current job there.
  const inHyderabad = { ...now, city: "hyderabad" };
  await field(page, "now.city").fill("Hyderabad");
  await field(page, "now.city").blur();
  await expect.poll(() => new URL(page.url()).searchParams.get("now.city")).toBe("hyderabad");
  await expect(against(page)).toHaveText("Against your current ₹14 L (10% variable, basic 40%, PF capped, in Hyderabad):");
  await expect(page.getByTestId("hike")).toContainText(`${inr(gain(offer, inHyderabad))} more a month`);

  // A city the page does not list is refused with its reason, and the profile's city counts.
  await field(page, "now.city").fill("Atlantis");
  await field(page, "now.city").blur();
  await expect(field(page, "now.city")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('[id="now.city-status"]')).toHaveText(
    "“Atlantis” is not a city of the form’s list, like Pune or Hyderabad, so your profile’s city is used.",
  );
  const inBengaluru = { ...now, city: "bengaluru" };
  await expect(page.getByTestId("hike")).toContainText(`${inr(gain(offer, inBengaluru))} more a month`);

  // Emptied, the current rent is the offer's again: ₹30,000 a month.
  await field(page, "now.rent").fill("");
  await field(page, "now.rent").blur();
  await expect.poll(() => new URL(page.url()).searchParams.get("now.rent")).toBe(null);
  await expect(page.locator('[id="now.rent-status"]')).toContainText("Your rent if left empty.");
  await expect(page.getByTestId("hike")).toContainText(`${inr(gain(offer, { ...inBengaluru, rent: 30_000 }))} more a month`);
});

test("a bad current-job value in a link gets a notice naming it, and the rest of the link stands", async ({ page }) => {
  await openApp(page, "?city=bengaluru&offer=21.5&current=14&now.city=atlantis&now.basic=90&now.pf=half");
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText(
    "“atlantis” in “now.city” is not a city of the form’s list, like Pune or Hyderabad, so the default, your profile’s city, is used.",
  );
  await expect(notice).toContainText("“90” in “now.basic” is not current basic pay as 30 to 70% of the fixed CTC");
  await expect(notice).toContainText("“half” in “now.pf”");
  await expect(against(page)).toHaveText("Against your current ₹14 L (read as all fixed, basic 50%, full PF):");
  await expect(page.getByTestId("hike")).toContainText(`${inr(gain({ ctc: 2_150_000 }, { ctc: 1_400_000 }))} more a month`);
});
