// Automated accessibility checks (axe-core, WCAG 2.x A and AA rules, colour contrast included)
// on every view a person can reach, in light and dark mode, with the sections below the
// summary as the page opens them and with every one of them open.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, openApp } from "./fixtures.mjs";

const VIEWS = {
  "the default page": "./",
  "a preset link": "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&company=tcs",
  "the bad-link notice": "?role=ceo&city=%3Cb%3E&utm_source=x",
  "compare mode": "?role=backend-developer&b.role=technical-lead&b.city=bengaluru",
  "an offer with its position and pay in hand": "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=12.4",
  "an offer with a current CTC, variable pay and rent":
    "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=19&current=14&var=15&rent=30000",
  "two offers side by side":
    "?role=senior-backend-developer&city=bengaluru&offer=19&var=15&join=1&current=14&b.role=senior-backend-developer&b.city=pune&b.offer=17.5&b.join=2&b.var=10&b.rent=25000",
  "a link with every field set": "?role=senior-backend-developer&city=mumbai&skill=python&exp=mid&company=tcs&offer=20&current=15&basic=40&pf=capped&var=10&rent=40000&hra=40&80c=30000&80d=25000&nps=50000&home-loan=150000&b.role=technical-lead",
};

for (const scheme of ["light", "dark"]) {
  for (const sections of ["as-is", "open"]) {
    for (const [name, path] of Object.entries(VIEWS)) {
      test(`${name} has no axe violations in ${scheme} mode, sections ${sections === "open" ? "all open" : "as they open"}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openApp(page, path, { sections });
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
}
