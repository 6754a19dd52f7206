// The keyboard alone: a sensible tab order, every filter changed, the link copied, and a
// visible focus ring at each step.
import { test, expect, filter, openApp } from "./fixtures.mjs";

/** What has focus, and whether it shows a focus ring. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const labelledBy = el.getAttribute("aria-labelledby");
    const label =
      el.labels?.[0]?.textContent.trim() ??
      el.getAttribute("aria-label") ??
      (labelledBy ? document.getElementById(labelledBy).textContent.trim() : el.textContent.trim());
    return { tag: el.tagName.toLowerCase(), label, ring };
  });
}

test("tab through the controls in order, change each filter and copy the link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);

  // In the order of the decision (with no offer yet, so no button to add another): the offer and its variable pay, the take-home wanted, the
  // current CTC and the current job's own pay, the profile, the salary structure, stock, bonuses and switching (the
  // common vestings under theirs), the rent and
  // investments, Copy link, then each
  // section below the summary.
  const expected = [
    ["input", "Your offer (CTC)"],
    ["input", "Variable pay, % of the CTC, paid once a year"],
    ["input", "Take-home you want a month"],
    ["input", "Your current CTC"],
    ["summary", "Your current job’s pay"],
    ["input", "Current city, if not the profile’s"],
    ["input", "Current basic pay, % of the fixed CTC"],
    ["select", "Current PF, from you and your employer each"],
    ["input", "Current variable pay, % of the CTC"],
    ["input", "Current rent a month"],
    ["select", "Role"],
    ["select", "City"],
    ["select", "Skill"],
    ["select", "Experience"],
    ["select", "Employer"],
    ["summary", "Salary structure"],
    ["input", "Basic pay, % of the fixed CTC"],
    ["select", "Provident fund (PF), from you and your employer each"],
    ["input", "HRA in your salary, % of basic pay"],
    ["select", "Gratuity set aside in the CTC"],
    ["input", "Your employer’s NPS contribution, % of basic pay"],
    ["summary", "Stock, bonuses and switching"],
    ["input", "Month you would join, as 2027-01"],
    ["input", "Joining bonus, paid once in the first year"],
    ["input", "Second-year bonus, paid at the first anniversary"],
    ["input", "Months within which you repay a bonus if you leave"],
    ["input", "Variable pay paid out, % of its target"],
    ["input", "RSU grant, its value when granted"],
    ["input", "Rupees a dollar, for a grant in dollars"],
    ["input", "How the grant vests, % each year"],
    ["button", "25-25-25-25"],
    ["button", "5-15-40-40"],
    ["button", "40-30-20-10"],
    ["button", "33-33-34"],
    ["input", "Share price change a year, % (below 0 for a fall)"],
    ["input", "Raise at each anniversary, % of the fixed CTC"],
    ["input", "Notice-period buyout you pay on joining"],
    ["input", "Stock or bonus you would give up by leaving"],
    ["summary", "Rent and investments"],
    ["input", "Rent you pay a month"],
    ["input", "Investments under 80C, a year"],
    ["input", "Health insurance (80D), a year, for you and your family"],
    ["input", "Health insurance for your parents (80D), a year"],
    ["select", "Is either parent 60 or older?"],
    ["input", "Your own NPS (80CCD(1B)), a year"],
    ["input", "Home-loan interest, a year, for a home you live in"],
    ["button", "Copy link"],
    ["summary", "What it pays in hand"],
    ["summary", "How this is worked out"],
    ["summary", "What is left out, what could not be confirmed, and the sources"],
    ["summary", "Old or new regime"],
    ["svg", "Tax a year under each regime as your deductions with limits grow"],
    ["summary", "How the old regime is worked out"],
    ["summary", "Grow your pay"],
    ["button", "Apply: Learn Data Security Expertise"],
    ["button", "Apply: Move to Bengaluru"],
    ["button", "Apply: Join Accenture"],
    ["summary", "The market"],
  ];
  for (const [tag, label] of expected) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    expect(now, `focus on ${label}`).toEqual({ tag, label, ring: true });
  }

  // Back to the form: change every filter with the arrow keys.
  await filter(page, "Role").focus();
  for (const name of ["Role", "City", "Skill", "Experience", "Employer"]) {
    await expect(filter(page, name)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(filter(page, name)).not.toHaveValue("");
    expect((await focused(page)).ring).toBe(true);
    await page.keyboard.press("Tab");
  }
  await expect
    .poll(() => new URL(page.url()).search)
    .toBe("?role=junior-backend-developer&city=bengaluru&skill=java&exp=entry&company=infosys");

  // Then the offer, typed from the keyboard, and on to Copy link past the structure and
  // claims: Enter copies.
  await page.getByRole("textbox", { name: "Your offer (CTC)" }).focus();
  expect(await focused(page)).toEqual({ tag: "input", label: "Your offer (CTC)", ring: true });
  await page.keyboard.type("9.5 L");
  await expect.poll(() => new URL(page.url()).searchParams.get("offer")).toBe("9.5");
  // With an offer, the button that adds another follows it.
  await page.keyboard.press("Tab");
  expect(await focused(page)).toEqual({ tag: "button", label: "Add another offer", ring: true });
  await page.keyboard.press("Tab");
  expect(await focused(page)).toEqual({ tag: "input", label: "Variable pay, % of the CTC, paid once a year", ring: true });
  await page.keyboard.press("Tab");
  expect(await focused(page)).toEqual({ tag: "input", label: "Take-home you want a month", ring: true });
  await page.getByRole("button", { name: "Copy link" }).focus();
  expect(await focused(page)).toEqual({ tag: "button", label: "Copy link", ring: true });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("copy-status")).toContainText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
