// Seeing the market: charts, employer, career ladder, what-if levers and compare mode.
import { test, expect, filter, openApp, params } from "./fixtures.mjs";

const query = (page) => new URL(page.url()).search;

test("clicking a bar or pressing Enter on it chooses that value in the form and the link", async ({ page }) => {
  await openApp(page, "?skill=java");
  const cityChart = page.getByTestId("chart-city");
  await cityChart.getByRole("button", { name: "Pune 7 L", exact: true }).click();
  await expect(filter(page, "City")).toHaveValue("pune");
  await expect.poll(() => query(page)).toBe("?city=pune&skill=java");
  await expect(cityChart.getByRole("button", { name: /^Pune/ })).toHaveAttribute("aria-pressed", "true");
  await expect(cityChart.getByRole("button", { name: /^Pune/ })).toContainText("✓Pune");
  await expect(cityChart.locator(".bar.chosen")).toHaveCount(1);

  const engineeringManager = page.getByTestId("chart-role").getByRole("button", { name: /^Engineering Manager/ });
  await engineeringManager.focus();
  await page.keyboard.press("Enter");
  await expect(filter(page, "Role")).toHaveValue("engineering-manager");
  await expect.poll(() => params(page).get("role")).toBe("engineering-manager");
});

test("each chart has a title and a table of its figures for screen readers", async ({ page }) => {
  await openApp(page);
  for (const [id, title, rows] of [
    ["chart-role", "Average annual salary by role and career step", 7],
    ["chart-exp", "Average annual salary by experience", 5],
    ["chart-city", "Average annual salary by city", 5],
    ["chart-skill", "Average annual salary by skill", 5],
  ]) {
    const chart = page.getByTestId(id);
    await expect(chart.locator("figcaption")).toHaveText(title);
    await expect(chart.getByRole("group", { name: title })).toBeVisible();
    await expect(chart.locator("table tbody tr")).toHaveCount(rows);
  }
  await expect(page.getByTestId("chart-skill").locator("table")).toContainText("Data Security Expertise20 L");
});

test("the employer filter applies its factor and its parameter", async ({ page }) => {
  await openApp(page, "?company=Accenture");
  await expect(filter(page, "Employer")).toHaveValue("accenture");
  await expect(page.getByTestId("estimate")).toHaveText("₹9.7 L"); // 8 × 7 / 5.8
  await expect(page.getByTestId("breakdown").locator("li").nth(4)).toContainText("×1.21");
  await filter(page, "Employer").selectOption({ label: "Infosys" });
  await expect(page.getByTestId("estimate")).toHaveText("₹6.9 L"); // 8 × 5 / 5.8
  await expect.poll(() => query(page)).toBe("?company=infosys");
});

test("the career ladder highlights the role and states the next step", async ({ page }) => {
  await openApp(page, "?role=backend-developer");
  await expect(page.getByTestId("next-step")).toHaveText("+50% to Senior Backend Developer, for this profile");
  await expect(page.locator(".rung.current")).toHaveCount(1);
  await expect(page.locator(".rung.current")).toContainText("Backend Developer");
  await expect(page.locator(".rung.current")).toContainText("Your role");
  await filter(page, "Role").selectOption("engineering-manager");
  await expect(page.getByTestId("next-step")).toHaveText("Engineering Manager is the top of the survey’s ladder.");
});

test("a fresher is offered steps, not leaps, and the next level applies in one click", async ({ page }) => {
  await openApp(page, "?exp=entry&skill=nodejs&city=chennai");
  const levers = page.getByTestId("levers").locator("li:visible");
  await expect(levers).toHaveText([/Move to Bengaluru\s*\+100%/, /Learn Data Security Expertise\s*\+100%/, /Join Accenture\s*\+21%/]);
  await expect(page.getByTestId("levers")).not.toContainText(/Lead Developer|Engineering Manager/);
  await expect(page.getByTestId("no-step-left")).toBeHidden();
  // A mid-level developer gets the next level as a lever; applying it moves one step.
  await openApp(page, "?role=backend-developer&exp=mid&city=bengaluru&skill=data-security&company=accenture");
  await expect(levers).toHaveText([/Next level: Senior-Level \(8–12 yrs\)\s*\+26%/, /Next rung: Senior Backend Developer\s*\+22%/]);
  await page.getByRole("button", { name: "Apply: Next level: Senior-Level (8–12 yrs)" }).click();
  await expect(filter(page, "Experience")).toHaveValue("senior");
  await expect.poll(() => params(page).get("exp")).toBe("senior");
});

test("at the top of the ladder the what-ifs say no step is left there", async ({ page }) => {
  await openApp(page, "?role=engineering-manager&exp=lead&skill=python&city=pune");
  await expect(page.getByTestId("no-step-left")).toHaveText(
    "No step up is left in role or experience: Engineering Manager is the top of the career ladder, and Lead Developer the top experience level.",
  );
  await expect(page.getByTestId("levers").locator("li:visible")).toHaveCount(3);
});

test("applying a what-if lever updates the form, the estimate and the link", async ({ page }) => {
  await openApp(page, "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid");
  const levers = page.getByTestId("levers").locator("li:visible");
  await expect(levers).toHaveCount(3);
  await expect(levers.first()).toContainText("Learn Data Security Expertise");
  await expect(levers.first()).toContainText("+83%");
  await page.getByRole("button", { name: "Apply: Learn Data Security Expertise" }).click();
  await expect(filter(page, "Skill")).toHaveValue("data-security");
  await expect(page.getByTestId("estimate")).toHaveText("₹25.8 L"); // 14.13 × √(20/6)
  await expect.poll(() => params(page).get("skill")).toBe("data-security");
});

test("the country comparison scales the profile and says what it leaves out", async ({ page }) => {
  await openApp(page, "?exp=lead");
  const chart = page.getByTestId("chart-country");
  await expect(chart.locator("table")).toContainText("India₹20.0 L");
  await expect(chart.locator("table")).toContainText("USA₹3 Cr"); // 20 × 120 / 8 = 300 lakh
  await expect(page.getByTestId("abroad-note")).toContainText("Not adjusted for cost of living, taxes");
});

test("a compare link opens both profiles side by side, and B can be changed", async ({ page }) => {
  await openApp(page, "?role=backend-developer&b.role=technical-lead&b.city=bengaluru");
  await expect(page.getByRole("button", { name: "Stop comparing" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("estimate-a")).toHaveText("₹8.0 L");
  await expect(page.getByTestId("estimate-b")).toHaveText("₹29.4 L"); // 8 × 2.5 × 10/6.8
  await expect(page.getByTestId("range-b")).toHaveText("₹23.5 L to ₹35.3 L");
  await expect(page.getByTestId("difference")).toHaveText("B is ₹21.4 L a year more than A (+268%)");
  const differing = page.locator(".compare-factors tr[data-differs=true] th");
  await expect(differing).toHaveText(["Seniority (differs)", "City (differs)"]);

  await filter(page, "Profile B City").selectOption("chennai");
  await expect(page.getByTestId("estimate-b")).toHaveText("₹14.7 L"); // 8 × 2.5 × 5/6.8
  await expect.poll(() => query(page)).toBe("?role=backend-developer&b.role=technical-lead&b.city=chennai");
  // Profile A's form is untouched.
  await expect(filter(page, "City")).toHaveValue("");
});

test("Compare starts from a copy of profile A and is kept in the link", async ({ page }) => {
  await openApp(page, "?city=pune");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(filter(page, "Profile B City")).toHaveValue("pune");
  await expect.poll(() => query(page)).toBe("?city=pune&b.city=pune");
  await expect(page.getByTestId("difference")).toHaveText("A and B come out the same.");
  await filter(page, "Profile B Experience").selectOption("senior");
  await expect.poll(() => query(page)).toBe("?city=pune&b.city=pune&b.exp=senior");
  await page.reload();
  await expect(filter(page, "Profile B Experience")).toHaveValue("senior");
  await page.getByRole("button", { name: "Stop comparing" }).click();
  await expect.poll(() => query(page)).toBe("?city=pune");
  // Starting again brings B back as it was, not a fresh copy of A.
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(filter(page, "Profile B Experience")).toHaveValue("senior");
  await expect.poll(() => query(page)).toBe("?city=pune&b.city=pune&b.exp=senior");
});

test("bad b. parameters get the same notice", async ({ page }) => {
  await openApp(page, "?b.city=atlantis&b.role=senior-backend-developer");
  await expect(page.getByTestId("notice")).toContainText("“atlantis” is not a city we have figures for, so profile B’s City is set to Any.");
  await expect(filter(page, "Profile B Role")).toHaveValue("senior-backend-developer");
});

test("compare mode fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?role=senior-backend-developer&city=bengaluru&b.role=engineering-manager&b.skill=data-security");
  await expect(page.getByTestId("estimate-b")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"]) {
  test(`screenshots of desktop and mobile in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await openApp(page, "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === "dark" ? "rgb(15, 20, 19)" : "rgb(246, 247, 246)");
    await page.screenshot({ path: `test-artifacts/screenshots/desktop-${scheme}.png` });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: `test-artifacts/screenshots/mobile-${scheme}.png`, fullPage: true });
  });
}

// With an offer, the summary above the working is longer: it must fit as well.
for (const [what, link] of [
  ["a profile", "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid"],
  ["an offer, a current CTC and rent", "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=19&current=14&var=15&rent=30000"],
]) {
  test(`printing ${what} gives one page with the summary, the breakdown and the sources`, async ({ page }) => {
    await openApp(page, link);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("form.filters")).toBeHidden();
    for (const id of ["summary", "estimate", "breakdown", "sources"]) await expect(page.getByTestId(id)).toBeVisible();
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });
}

// Every chart's text renders at one size, 12 to 16 px, at any width; no label is cut off by
// its chart's edge or overlaps a bar.
for (const width of [320, 390, 768, 1024, 1440]) {
  test(`at ${width} px every chart's text reads at one size between 12 and 16 px, clear of the bars`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, "?role=senior-backend-developer&city=bengaluru&skill=data-security&exp=mid");
    // Without an offer the four years' chart is empty and hidden; the two offers' test has it.
    const charts = page.locator("figure.chart:not(.years-chart)");
    await expect(charts).toHaveCount(6); // four of the market, abroad, and the two regimes
    const report = await charts.evaluateAll((figures) =>
      figures.map((figure) => {
        figure.closest(".card").style.contentVisibility = "visible"; // laid out even if off screen
        const svg = figure.querySelector("svg");
        const width = svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent.trim());
        const sizes = texts.map((t) => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize));
        // In drawing units: each text's advance box against the drawing's width and the bars.
        const bars = [...svg.querySelectorAll(".bar-fill")].map((r) => r.getBBox());
        const problems = [];
        for (const t of texts) {
          const r = t.getBBox();
          if (r.x < -0.5 || r.x + r.width > width + 0.5) problems.push(`cut off: ${t.textContent}`);
          for (const b of bars) {
            const overlaps = r.x < b.x + b.width && r.x + r.width > b.x && r.y < b.y + b.height - 0.5 && r.y + r.height > b.y + 0.5;
            if (overlaps) problems.push(`overlaps a bar: ${t.textContent}`);
          }
        }
        return { chart: figure.dataset.testid, min: Math.min(...sizes), max: Math.max(...sizes), problems };
      }),
    );
    console.log(`charts at ${width} px: ${report.map((r) => `${r.chart} ${r.min.toFixed(1)}–${r.max.toFixed(1)} px`).join(", ")}`);
    const all = report.flatMap((r) => [r.min, r.max]);
    expect(Math.min(...all), "smallest chart text").toBeGreaterThanOrEqual(12);
    expect(Math.max(...all), "largest chart text").toBeLessThanOrEqual(16);
    expect(Math.max(...all) - Math.min(...all), "one size across the charts").toBeLessThan(0.5);
    expect(report.flatMap((r) => r.problems)).toEqual([]);
  });
}

// The charts that two offers bring (where each CTC goes, and the four years), read at the
// same size as the others.
for (const width of [390, 1440]) {
  test(`at ${width} px the two offers' chart reads at the other charts' text size`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(
      page,
      "?role=senior-backend-developer&city=bengaluru&offer=19&var=15&b.role=senior-backend-developer&b.city=pune&b.offer=17.5",
    );
    await expect(page.getByTestId("ctc-chart")).toBeVisible();
    const sizes = await page.locator("figure.chart").evaluateAll((figures) =>
      figures.map((figure) => {
        figure.closest(".card").style.contentVisibility = "visible";
        const texts = [...figure.querySelectorAll("svg text")].filter((t) => t.textContent.trim());
        const px = texts.map((t) => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize));
        return { chart: figure.dataset.testid, min: Math.min(...px), max: Math.max(...px) };
      }),
    );
    console.log(`charts with two offers at ${width} px: ${sizes.map((s) => `${s.chart} ${s.min.toFixed(1)}–${s.max.toFixed(1)} px`).join(", ")}`);
    const ctc = sizes.find((s) => s.chart === "ctc-chart");
    const others = sizes.filter((s) => s.chart !== "ctc-chart").flatMap((s) => [s.min, s.max]);
    expect(ctc.min).toBeGreaterThanOrEqual(12);
    expect(ctc.max).toBeLessThanOrEqual(16);
    expect(Math.abs(ctc.min - Math.min(...others)), "the same size as the other charts").toBeLessThan(0.5);
    expect(Math.abs(ctc.max - Math.max(...others)), "the same size as the other charts").toBeLessThan(0.5);
  });
}
