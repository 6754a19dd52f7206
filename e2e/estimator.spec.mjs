// What a person does: open a link, pick filters, see the estimate and the address follow.
import { test, expect, addressSettled, filter, openApp, params } from "./fixtures.mjs";

const WORKED_EXAMPLE = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";

test("the default page offers its filters on Any and shows the national benchmark", async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Backend developer salary in India/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend developer salary in India");
  for (const name of ["Role", "City", "Skill", "Experience", "Employer"]) {
    await expect(filter(page, name)).toHaveValue("");
    await expect(filter(page, name).locator("option:checked")).toHaveText("Any");
  }
  await expect(filter(page, "Role").locator("option")).toHaveCount(8); // Any + seven roles
  await expect(page.getByTestId("estimate")).toHaveText("₹8.0 L");
  await expect(page.getByTestId("range")).toHaveText("₹6.4 L to ₹9.6 L");
  expect(new URL(page.url()).search).toBe("");
});

test("a preset link shows its selections and the worked example's estimate", async ({ page }) => {
  await openApp(page, WORKED_EXAMPLE);
  await expect(filter(page, "Role")).toHaveValue("senior-backend-developer");
  await expect(filter(page, "City")).toHaveValue("bengaluru");
  await expect(filter(page, "Skill")).toHaveValue("python");
  await expect(filter(page, "Experience")).toHaveValue("mid");
  await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
  await expect(page.getByTestId("range")).toHaveText("₹11.3 L to ₹17.0 L");
  await expect(page.getByText("₹14,10,000 a year, about ₹1.18 L per month")).toBeVisible();
  const steps = page.getByTestId("breakdown").locator("li");
  await expect(steps).toHaveCount(5); // benchmark + four factors
  await expect(steps.nth(1)).toContainText("×1.37");
  await expect(steps.nth(2)).toContainText("Bengaluru");
  await expect(steps.nth(2)).toContainText("×1.47");
  await expect(steps.nth(3)).toContainText("×0.88");
  await expect(steps.nth(3)).toContainText("₹14.1 L");
  expect(new URL(page.url()).search).toBe(WORKED_EXAMPLE);
});

test("aliases and capitals in a link are understood and the address is made canonical", async ({ page }) => {
  await openApp(page, "?city=Bangalore&skill=Node.js");
  await expect(filter(page, "City")).toHaveValue("bengaluru");
  await expect(filter(page, "Skill")).toHaveValue("nodejs");
  await expect(page.getByTestId("notice")).toBeHidden();
  await expect.poll(() => new URL(page.url()).search).toBe("?city=bengaluru&skill=nodejs");
});

test("changing a select updates the estimate and rewrites the address in place", async ({ page }) => {
  await openApp(page);
  const historyBefore = await page.evaluate(() => history.length);
  await page.evaluate(() => window.scrollTo(0, 120));
  const scrollBefore = await page.evaluate(() => window.scrollY);

  await filter(page, "City").selectOption("bengaluru");
  await expect(page.getByTestId("estimate")).toHaveText("₹11.8 L"); // 8 × 10 / 6.8
  await expect.poll(() => params(page).get("city")).toBe("bengaluru");

  await filter(page, "Role").selectOption({ label: "Technical Lead" });
  await expect(page.getByTestId("estimate")).toHaveText("₹29.4 L"); // 8 × 2.5 × 1.47
  await expect.poll(() => new URL(page.url()).search).toBe("?role=technical-lead&city=bengaluru");

  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
});

test("choosing Any removes only that parameter", async ({ page }) => {
  await openApp(page, WORKED_EXAMPLE);
  await filter(page, "City").selectOption({ label: "Any" });
  await expect.poll(() => params(page).has("city")).toBe(false);
  expect(params(page).get("role")).toBe("senior-backend-developer");
  expect(params(page).get("skill")).toBe("python");
  expect(params(page).get("exp")).toBe("mid");
  await expect(page.getByTestId("estimate")).toHaveText("₹9.6 L"); // 8 × √1.875 × √(6/7.8)
});

test("bad parameters get a polite notice while the valid ones still apply", async ({ page }) => {
  await openApp(page, "?role=ceo&city=pune&salary=lots&utm_source=chat");
  const notice = page.getByTestId("notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("“ceo” is not a role we have figures for");
  await expect(notice).toContainText("“salary”");
  await expect(notice).not.toContainText("utm_source");
  await expect(notice.locator("li:visible")).toHaveCount(2); // the unused lines stay hidden
  await expect(filter(page, "City")).toHaveValue("pune");
  await expect(filter(page, "Role")).toHaveValue("");
  await expect(page.getByTestId("estimate")).toHaveText("₹8.2 L"); // 8 × 7 / 6.8

  // The rest of the page keeps working, and the notice can be dismissed.
  await filter(page, "Skill").selectOption("java");
  await expect.poll(() => new URL(page.url()).search).toBe("?city=pune&skill=java");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
});

test("a script-like value in a link is shown as text and never executed", async ({ page }) => {
  const script = "<script>window.__pwned=1</script>";
  const img = '"><img src=x onerror="window.__pwned=2">';
  await openApp(page, `?role=${encodeURIComponent(script)}&city=${encodeURIComponent(img)}&skill=java`);
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText(script);
  await expect(notice).toContainText("<img src=x onerror=");
  await expect(page.locator("img")).toHaveCount(0);
  await expect(page.locator("body script:not([type])")).toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(filter(page, "Skill")).toHaveValue("java");
  await filter(page, "Experience").selectOption("lead");
  await expect(page.getByTestId("estimate")).toHaveText("₹12.4 L"); // 8 × 2.5 × √(3/7.8)
});

test("back and forward are reflected in the form", async ({ page }) => {
  await openApp(page, "?city=pune");
  // Another entry of the same page, e.g. from a shared link opened in this tab's history.
  await addressSettled(page);
  await page.evaluate(() => history.pushState(null, "", "?city=chennai&exp=senior"));
  await page.goBack();
  await expect(filter(page, "City")).toHaveValue("pune");
  await page.goForward();
  await expect(filter(page, "City")).toHaveValue("chennai");
  await expect(filter(page, "Experience")).toHaveValue("senior");
  await expect(page.getByTestId("estimate")).toHaveText("₹11.8 L"); // 16 × 5 / 6.8
});

test("back and forward leave no field showing an amount the page is not using", async ({ page }) => {
  await openApp(page, "?city=pune&offer=12&rent=20000&pf=capped");
  const offer = page.getByRole("textbox", { name: "Your offer (CTC)" });
  const rent = page.getByRole("textbox", { name: "Rent you pay a month" });
  const pf = page.getByRole("combobox", { name: /Provident fund/ });
  // A field left with text it cannot use (the rent drops out of the address), then another
  // entry of the page.
  await rent.fill("lots");
  await rent.blur();
  await expect(page.locator("#rent")).toHaveAttribute("aria-invalid", "true");
  await expect.poll(() => params(page).get("rent")).toBe(null);
  await addressSettled(page);
  await page.evaluate(() => history.pushState(null, "", "?city=pune&offer=15.5&current=11"));
  await page.goBack();
  await expect(offer).toHaveValue("12");
  await expect(rent).toHaveValue("");
  await expect(page.locator("#rent")).toHaveAttribute("aria-invalid", "false");
  await expect(pf).toHaveValue("capped");
  await page.goForward();
  await expect(offer).toHaveValue("15.5");
  await expect(page.getByRole("textbox", { name: /current/ })).toHaveValue("11");
  await expect(rent).toHaveValue("");
  await expect(pf).toHaveValue("full");
  await expect(page.getByTestId("offer-understood")).toHaveText("Understood as ₹15.5 L a year (₹15,50,000).");
});

test("the app works unchanged under a sub-path", async ({ page }) => {
  await openApp(page, "/salary/?exp=lead");
  await expect(filter(page, "Experience")).toHaveValue("lead");
  await expect(page.getByTestId("estimate")).toHaveText("₹20.0 L");
  await filter(page, "City").selectOption("mumbai");
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(
    "/salary/?city=mumbai&exp=lead",
  );
});

test("a 360 px phone shows everything without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, WORKED_EXAMPLE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByTestId("estimate")).toBeInViewport();
  // Further down, at the last filter, the pinned bar still shows the estimate, and follows it.
  await filter(page, "Employer").scrollIntoViewIfNeeded();
  const bar = page.getByTestId("estimate-bar");
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText("₹14.1 L");
  await filter(page, "Employer").selectOption("accenture");
  await expect(bar).toContainText("₹17.1 L"); // 14.13 × 7 / 5.8
  await expect(filter(page, "Employer")).toBeInViewport();
});

test("desktop layout puts the form beside the estimate and the charts", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, WORKED_EXAMPLE);
  const form = await page.locator("form.filters").boundingBox();
  const card = await page.locator("section.estimate").boundingBox();
  expect(card.x).toBeGreaterThan(form.x + form.width - 1);
  await expect(page.getByTestId("estimate-bar")).toBeHidden(); // the card is in view here
  // The form stays in view beside the charts further down.
  await page.getByTestId("chart-city").scrollIntoViewIfNeeded();
  const chart = await page.getByTestId("chart-city").boundingBox();
  const formNow = await page.locator("form.filters").boundingBox();
  expect(chart.x).toBeGreaterThan(formNow.x + formNow.width - 1);
  await expect(page.locator("form.filters")).toBeInViewport();
});
