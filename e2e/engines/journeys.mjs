// The core journeys, written once and run in each second engine: Firefox (firefox.test.mjs)
// and WebKit, Safari's engine (webkit.test.mjs). Each journey gets a browser page `b` behind a
// small adapter (see engine.mjs), so it reads like the Playwright suite while each engine is
// driven by its own well-kept client. Every journey fails on any console or page error.
import assert from "node:assert/strict";
import { better, fourYears, inr } from "../law.mjs";

export const WORKED = "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid";

/** Waits until the element with `testid` reads `expected`. */
const untilText = (b, testid, expected) =>
  b.until((id, want) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() === want, testid, expected);

/** Waits until the address has `param` set to `value` (`null`: not there). */
const untilParam = (b, param, value) =>
  b.until((p, v) => new URL(location.href).searchParams.get(p) === v, param, value);

/** Types `text` over what the field `id` holds: the adapters type at the end of the text, so
 *  the field is emptied first, as a person would. */
async function retype(b, id, text) {
  await b.run((field) => {
    const input = document.getElementById(field);
    input.value = "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, id);
  // By attribute: an id may hold a dot ("now.city"), which `#` would read as a class.
  await b.type(`[id="${id}"]`, text);
}

export const journeys = {
  "a preset link opens with its estimate, range and filters": async (b) => {
    await b.open(WORKED);
    assert.equal(await b.text("estimate"), "₹14.1 L");
    assert.equal(await b.text("range"), "₹11.3 L to ₹17.0 L");
    assert.equal(await b.value("#filter-city"), "bengaluru");
  },

  "before the app, no control is disabled once the estimate shows, and a typed offer gets its pay in hand": async (b) => {
    // The server holds the app's module (see e2e/server.mjs), so this is the first stage alone.
    await fetch(`${b.origin}/__hold-app`, { method: "POST" });
    try {
      await b.goto(`${b.origin}/${WORKED}`);
      await b.until(() => {
        const figure = document.querySelector('[data-testid="estimate"]');
        return figure?.textContent === "₹14.1 L" && getComputedStyle(figure).visibility === "visible";
      });
      const disabled = await b.run(() =>
        [...document.querySelectorAll("main input, main select, main button")]
          .filter((c) => c.disabled && c.getClientRects().length > 0)
          .map((c) => c.id || c.textContent.trim()),
      );
      assert.deepEqual(disabled, [], "no visible control is disabled once the estimate shows");
      const before = await b.text("summary-in-hand");
      await b.type("#offer", "19");
      await b.until((was) => {
        const pay = document.querySelector('[data-testid="summary-in-hand"]').textContent;
        return pay !== was && /^₹[0-9,]+$/.test(pay);
      }, before);
      const early = await b.text("summary-in-hand");
      assert.equal(await b.run(() => document.querySelector("main").dataset.stage), "early");
      await untilParam(b, "offer", "19");
      // The app takes over with the same figure.
      await fetch(`${b.origin}/__release-app`, { method: "POST" });
      await b.until(() => document.querySelector("main").dataset.stage === "live");
      assert.equal(await b.text("summary-in-hand"), early);
      assert.equal(await b.value("#offer"), "19");
    } finally {
      await fetch(`${b.origin}/__release-app`, { method: "POST" });
    }
  },

  "changing each filter updates the link and the estimate; Any removes the parameter": async (b) => {
    await b.open(WORKED);
    for (const [id, param, value] of [
      ["filter-role", "role", "technical-lead"],
      ["filter-city", "city", "pune"],
      ["filter-skill", "skill", "java"],
      ["filter-exp", "exp", "senior"],
      ["filter-company", "company", "accenture"],
    ]) {
      const before = await b.text("estimate");
      await b.choose(`#${id}`, value);
      await untilParam(b, param, value);
      const now = await b.text("estimate");
      assert.notEqual(now, before, `${param}=${value} moved the estimate`);
      assert.match(now, /^₹\d/);
    }
    assert.equal(new URL(await b.url()).search, "?role=technical-lead&city=pune&skill=java&exp=senior&company=accenture");
    // "Any" takes the parameter out again.
    await b.choose("#filter-city", "");
    await untilParam(b, "city", null);
    assert.equal(await b.value("#filter-city"), "");
  },

  "a bad parameter gets a plain-text notice and the rest of the link applies": async (b) => {
    await b.open("?city=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&skill=java");
    const notice = await b.run(() => {
      const n = document.querySelector('[data-testid="notice"]');
      return { hidden: n.hidden, text: n.textContent };
    });
    assert.equal(notice.hidden, false);
    assert.match(notice.text, /“<img src=x onerror=alert\(1\)>” is not a city/);
    assert.equal(await b.run(() => document.querySelectorAll("main img").length), 0);
    assert.equal(await b.value("#filter-skill"), "java");
  },

  "compare mode opens with profile B and carries it in the link": async (b) => {
    await b.open("?role=backend-developer");
    assert.equal(await b.run(() => document.querySelector(".compare-head button").textContent.trim()), "Compare");
    await b.click(".compare-head button");
    await b.until(() => document.querySelector("#filter-b-role") !== null);
    await b.choose("#filter-b-role", "technical-lead");
    await untilParam(b, "b.role", "technical-lead");
    await untilText(b, "estimate-b", "₹20.0 L");
    assert.equal(await b.text("estimate-a"), "₹8.0 L");
  },

  "where the clipboard is refused, Copy link shows the link selected in a field": async (b) => {
    await b.open("?role=backend-architect");
    // The app looks the clipboard up when the button is pressed, so refusing it now is enough.
    await b.run(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      });
    });
    assert.equal(await b.run(() => document.querySelector(".share > button").textContent.trim()), "Copy link");
    await b.click(".share > button");
    await b.until(() => !document.querySelector("label.manual-link").hidden);
    await b.until(() => document.activeElement?.dataset.testid === "manual-link");
    const field = await b.run(() => {
      const i = document.querySelector('[data-testid="manual-link"]');
      return { value: i.value, selected: i.selectionEnd - i.selectionStart };
    });
    assert.equal(field.value, await b.url());
    assert.equal(field.selected, field.value.length, "the whole link is selected");
    assert.match(await b.text("copy-status"), /did not allow copying/);
  },

  "an offer typed in the form goes into the link, with its position and pay in hand": async (b) => {
    await b.open(WORKED);
    await b.type("#offer", "12.4 L");
    await untilParam(b, "offer", "12.4");
    await untilText(b, "offer-position", "12% below the estimate of ₹14.1 L, within its range ₹11.3 L to ₹17.0 L");
    assert.equal(await b.text("in-hand"), "₹98,937");
    assert.equal(await b.text("offer-in-hand"), "₹88,240");
  },

  "the structure and the current CTC go into the link, with the hike and the year in force": async (b) => {
    await b.open(WORKED);
    assert.equal(
      await b.text("tax-year"),
      "Tax year 2026-27 (1 April 2026 – 31 March 2027), Income-tax Act, 2025. Under the new regime, the default. " +
        "Worked out on the law as it stands today, 1 December 2026, for the whole year: PF at the wage ceiling of ₹25,000 a month, in force since 17 September 2026.",
    );
    await b.type("#current", "10 L");
    await untilParam(b, "current", "10");
    await b.type("#offer", "13");
    await untilText(b, "hike", "30% more CTC, 30% more in hand: ₹21,399 more a month");
    assert.equal(await b.text("hike-ctc"), "30%");
    assert.equal(await b.text("link-has-offer"), "This link includes your offer of ₹13 L and your current CTC of ₹10 L.");
    await b.type("#basic", "40");
    await untilParam(b, "basic", "40");
    await b.choose("#pf", "capped");
    await untilParam(b, "pf", "capped");
    await b.type("#var", "10");
    await untilParam(b, "var", "10");
    await b.until(() => document.querySelector('[data-testid="variable-net"]')?.textContent.startsWith("₹"));
  },

  "two offers: each one's pay in hand and regime, the verdict at the top, and B's offer changed": async (b) => {
    await b.open(
      "?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid&offer=19&current=14&var=15&rent=30000" +
        "&b.role=senior-backend-developer&b.city=pune&b.offer=17.5&b.join=2",
    );
    await untilText(b, "offer-b-monthly", "₹1,15,155");
    assert.equal(await b.text("offer-a-monthly"), "₹1,07,133");
    assert.equal(await b.text("offer-a-regime"), "new");
    const verdict = "Offer B pays ₹8,022 more a month in hand (₹96,264 a year), though its CTC is ₹1.5 L lower.";
    assert.equal(await b.text("offers-verdict"), verdict);
    assert.equal(await b.text("summary-offers"), verdict);
    // The summary's figure is the offer the verdict names: B's, then A's once A pays more.
    assert.equal(await b.text("summary-in-hand"), "₹1,15,155");
    await retype(b, "b-offer", "14");
    await untilParam(b, "b.offer", "14");
    await b.until(() => document.querySelector('[data-testid="offers-verdict"]')?.textContent.startsWith("Offer A pays"));
    await untilText(b, "summary-in-hand", "₹1,07,133");
  },

  "Add another offer starts comparing with the cursor in offer B's field": async (b) => {
    await b.open("?city=pune&offer=21.5");
    await b.click(".add-offer");
    await b.until(() => document.activeElement?.id === "b-offer");
    assert.equal(await b.run(() => document.getElementById("section-compare").open), true);
    await b.type('[id="b-offer"]', "24");
    await untilParam(b, "b.offer", "24");
    await b.until(() => /^Offer B pays/.test(document.querySelector('[data-testid="summary-offers"]')?.textContent ?? ""));
    const b24 = await b.text("offer-b-monthly");
    assert.equal(await b.text("summary-in-hand"), b24);
    assert.equal(await b.run(() => document.querySelector(".add-offer").textContent.trim()), "Go to offer B");
  },

  "four years: each choice's totals agree with the law, and the answer names the offer that leaves more": async (b) => {
    await b.open("?city=bengaluru&offer=21.5&var=15&join=2&current=14&b.city=pune&b.offer=23.5");
    const now = { ctc: 14e5 };
    const sum = (rows) => Math.round(rows.reduce((total, row) => total + row.total, 0));
    const totals = {
      stay: sum(fourYears({ start: [2027, 1], job: now, before: now })),
      a: sum(fourYears({ start: [2027, 1], job: { ctc: 21.5e5, var: 15 }, before: now, join: 2e5 })),
      b: sum(fourYears({ start: [2027, 1], job: { ctc: 23.5e5, city: "pune" }, before: now })),
    };
    for (const [key, total] of Object.entries(totals)) await untilText(b, `years-total-${key}`, inr(total));
    assert.match(await b.text("years-section-lead"), new RegExp(`^From January 2027 to March 2031, offer B leaves ${inr(totals.b - totals.a)} more than offer A`));
    // The summary says the same, from the link.
    assert.equal(await b.run(() => document.getElementById("offer-notes").hidden), false);
    assert.equal(await b.text("years-lead"), await b.text("years-section-lead"));
    // A grant, as an offer letter writes it, then its vesting typed over: each vest is salary in
    // the year it vests.
    await b.open("?city=bengaluru&offer=30&start=2027-04&rsu=20+L&vest=5/15/40/40&growth=10");
    const grant = (vest, rupees = 20e5) =>
      sum(fourYears({ start: [2027, 4], job: { ctc: 30e5 }, grant: rupees, vest, growth: 10 }));
    await untilText(b, "years-total-a", inr(grant([5, 15, 40, 40])));
    await retype(b, "vest", "40/30/20/10");
    await untilParam(b, "vest", "40-30-20-10");
    await untilText(b, "years-total-a", inr(grant([40, 30, 20, 10])));
    // A common schedule is one tap, and another tap undoes it.
    await b.click(".presets button:nth-child(2)");
    await untilParam(b, "vest", "5-15-40-40");
    await untilText(b, "years-total-a", inr(grant([5, 15, 40, 40])));
    await b.click(".presets button:nth-child(3)");
    await untilParam(b, "vest", "40-30-20-10");
    // The grant in dollars, at a rate of the person's own: $25,000 at ₹88 is ₹22,00,000.
    await retype(b, "rsu", "$25,000");
    await retype(b, "usd", "88");
    await untilParam(b, "rsu", "25000usd");
    await untilParam(b, "usd", "88");
    await untilText(b, "years-total-a", inr(grant([40, 30, 20, 10], 25000 * 88)));
  },

  "the old regime beside the new: the claims, the break-even and the chart": async (b) => {
    await b.open("?role=senior-backend-developer&city=mumbai&skill=python&exp=mid&offer=20&80c=30000");
    await b.type("#rent", "40000");
    await untilParam(b, "rent", "40000");
    await untilText(b, "regime-old", "₹1,26,216");
    assert.equal(await b.text("regime-new"), "₹1,29,330");
    assert.equal(await b.text("regime-better"), "The new regime pays ₹3,114 more a month.");
    assert.match(await b.text("break-even"), /^The old regime would need ₹1,19,765 more in deductions a year/);
    const chart = await b.run(() => {
      const figure = document.querySelector('[data-testid="regime-chart"]');
      return {
        lines: figure.querySelectorAll("polyline").length,
        crossing: !figure.querySelector("rect.mark-crossing").hasAttribute("hidden"),
        rows: figure.querySelectorAll("tbody tr").length,
        focusable: figure.querySelector("svg").getAttribute("tabindex"),
      };
    });
    assert.deepEqual(chart, { lines: 2, crossing: true, rows: 7, focusable: "0" });
  },

  "bad structure and claims in a link get notices naming them, and the rest applies": async (b) => {
    await b.open(`${WORKED}&basic=80&rent=lots&pf=half`);
    const notice = await b.run(() => document.querySelector('[data-testid="notice"]').textContent);
    assert.match(notice, /“80” in “basic” is not basic pay as 30 to 70% of the fixed CTC/);
    assert.match(notice, /“rent” in the link was ignored, so none is counted/);
    assert.match(notice, /“half” in “pf” is not the PF/);
    assert.equal(await b.text("estimate"), "₹14.1 L");
    // Each takes its default: the fields show none, the PF is on all of basic.
    assert.deepEqual([await b.value("#basic"), await b.value("#rent"), await b.value("#pf")], ["", "", "full"]);
  },

  "chart text reads at one size between 12 and 16 px on a phone and a desktop": async (b) => {
    for (const width of [390, 1440]) {
      await b.resize(width, 900);
      await b.open(WORKED);
      const { sizes, viewport } = await b.run(() => ({
        viewport: innerWidth,
        sizes: [...document.querySelectorAll("figure.chart svg text")]
          .filter((t) => t.textContent.trim())
          .map((t) => {
            t.closest(".card").style.contentVisibility = "visible";
            return t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize);
          }),
      }));
      const [min, max] = [Math.min(...sizes), Math.max(...sizes)];
      console.log(`${b.engine}: chart text at ${viewport} px: ${min.toFixed(1)}–${max.toFixed(1)} px over ${sizes.length} labels`);
      assert.ok(sizes.length > 20, `${sizes.length} labels`);
      assert.ok(min >= 12 && max <= 16 && max - min < 0.5, `${min}–${max} px`);
    }
  },

  "the amount fields: one reading of a bare number, a line that says it, and a keyboard for words": async (b) => {
    await b.open(`${WORKED}&offer=20`);
    const modes = await b.run(() =>
      ["offer", "current", "want", "join", "rent", "80c", "80d", "80d-parents", "nps", "home-loan"].map(
        (id) => document.getElementById(id).getAttribute("inputmode"),
      ),
    );
    assert.ok(modes.every((m) => m === null || m === "text"), `inputmode ${modes}`);
    // "1.4" a month is ₹1.4 L, said so, in the take-home field as in the offer.
    await b.type("#want", "1.4");
    await b.until(() => document.getElementById("want-status").textContent === "Understood as ₹1,40,000 a month.");
    assert.doesNotMatch(await b.text("summary-ask"), /₹1 a month/);
    // "35" in rent could be nothing a person pays: once the field is left (while typing, more
    // digits may follow), refused, with how to type it, none counted.
    const oldRegime = await b.text("regime-old");
    await b.type("#rent", "35");
    await b.run(() => document.getElementById("rent").blur());
    await b.until(() => document.getElementById("rent").getAttribute("aria-invalid") === "true");
    assert.match(await b.run(() => document.getElementById("rent-status").textContent), /Type it as ₹40,000, 40k or 0\.4 L a month\./);
    assert.equal(await b.text("regime-old"), oldRegime);
  },

  "the current job on its own terms: the hike line follows its city as typed": async (b) => {
    // The link: ₹14 L now with no variable pay, against ₹21.5 L with 15% in Bengaluru.
    const offer = { ctc: 2_150_000, var: 15, city: "bengaluru" };
    const gain = (now) => inr(Math.round(better(offer).monthly) - Math.round(better(now).monthly));
    await b.open("?city=bengaluru&offer=21.5&var=15&current=14&now.var=0");
    await b.until(() => document.getElementById("summary-hike-against").textContent.includes("(read as all fixed, basic 50%, full PF)"));
    assert.match(await b.text("hike"), new RegExp(`${gain({ ctc: 1_400_000 })} more a month`));
    // Its city, typed by name.
    await retype(b, "now.city", "Pune");
    await b.run(() => document.getElementById("now.city").blur());
    await untilParam(b, "now.city", "pune");
    await b.until(() => document.getElementById("summary-hike-against").textContent.includes("(in Pune; read as all fixed, basic 50%, full PF)"));
    assert.match(await b.text("hike"), new RegExp(`${gain({ ctc: 1_400_000, city: "pune" })} more a month`));
  },

  "offer letters' lines read as written, and a half-typed offer never flashes a figure or moves the field": async (b) => {
    for (const line of ["CTC: Rs. 21,50,000/- p.a.", "21,50,000 INR", "Rs. 21,50,000/- p.a. (including variable)"]) {
      await b.open(WORKED);
      await b.type("#offer", line);
      await b.until(() => document.getElementById("offer-status").textContent === "Understood as ₹21.5 L a year (₹21,50,000).");
      assert.equal(await b.run(() => document.getElementById("summary-title").textContent), "Your offer of ₹21.5 L");
    }
    await b.open(WORKED);
    const top = () => b.run(() => document.getElementById("offer").getBoundingClientRect().top);
    const before = await top();
    for (const key of "Rs. 21,50,000") {
      await b.type("#offer", key);
      await b.run(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const seen = await b.run(() => ({
        typed: document.getElementById("offer").value,
        title: document.getElementById("summary-title").textContent,
        summary: document.querySelector(".summary-live").textContent,
      }));
      assert.ok(["Estimated salary", "Your offer of ₹21.5 L"].includes(seen.title), `after “${seen.typed}”: ${seen.title}`);
      assert.doesNotMatch(seen.summary, /2150|21400%/, `after “${seen.typed}”`);
      assert.ok(Math.abs((await top()) - before) < 1, `after “${seen.typed}” the field moved`);
    }
    await b.until(() => document.getElementById("summary-title").textContent === "Your offer of ₹21.5 L");
  },
};
