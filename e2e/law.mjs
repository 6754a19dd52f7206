// Pay in hand for tax year 2026-27, worked out here from the law, not from the app's code, so
// that the end-to-end tests can check the page's figures against an independent recomputation:
// - Income-tax Act, 2025 (s.202 new regime; s.19 standard deduction; s.156 rebate; s.124(1)
//   and (2) the employer's NPS; s.126(2)(b) and (8)(a) the parents' health insurance; s.17(1)(h)
//   the employer's contributions above ₹7,50,000; s.516 rounding to ₹10), the Finance Act, 2026
//   (the old regime's slabs, the cess) and rule 279(1) of the Income-tax Rules, 2026 (HRA);
// - the Code on Social Security, 2020 (s.2(88) wages, worked here by applying the definition
//   until it settles, not by the app's closed form) and S.O. 5109(E) (the PF wage ceiling of
//   ₹25,000 a month from 17 September 2026);
// - each state's professional tax, for the cities the tests use, above their thresholds.
// Only what the tests' cases need.
const CESS = 0.04;
const NEW = {
  standard: 75_000,
  slabs: [[400_000, 0], [800_000, 0.05], [1_200_000, 0.1], [1_600_000, 0.15], [2_000_000, 0.2], [2_400_000, 0.25], [Infinity, 0.3]],
  rebateUpTo: 1_200_000,
  rebate: 60_000,
  npsShare: 0.14,
  surcharge: [[5_000_000, 0.1], [10_000_000, 0.15], [20_000_000, 0.25]],
};
const OLD = {
  standard: 50_000,
  slabs: [[250_000, 0], [500_000, 0.05], [1_000_000, 0.2], [Infinity, 0.3]],
  rebateUpTo: 500_000,
  rebate: 12_500,
  npsShare: 0.1,
  surcharge: [[5_000_000, 0.1], [10_000_000, 0.15], [20_000_000, 0.25], [50_000_000, 0.37]],
};
/** Professional tax a year above each state's top threshold, by city. */
const PROFESSIONAL_TAX = {
  bengaluru: 2_500, mumbai: 2_500, pune: 2_500, chennai: 2_500, hyderabad: 2_400,
  kolkata: 2_400, ahmedabad: 2_400, gurugram: 0, noida: 0, delhi: 0,
};
/** Rule 279(1): 50% of salary in these, 40% anywhere else. */
const HRA_FIFTY = ["mumbai", "kolkata", "delhi", "chennai", "hyderabad", "pune", "ahmedabad", "bengaluru"];
const PF = 0.12;
/** The share offer letters set aside for gratuity, the convention for 15 ÷ 26 of a month a year. */
const GRATUITY = 0.0481;
/** S.O. 5109(E): ₹25,000 a month from 17 September 2026, ₹15,000 before. */
export const pfCeilingMonth = (day = "2026-12-01") => (day >= "2026-09-17" ? 25_000 : 15_000);

/** Section 516: paise ignored, then to the nearest ten, a last figure of five or more up. */
export const round10 = (x) => Math.floor((Math.floor(x) + 5) / 10) * 10;

function slabTax(regime, income) {
  let tax = 0;
  let from = 0;
  for (const [to, rate] of regime.slabs) {
    if (income > from) tax += (Math.min(income, to) - from) * rate;
    from = to;
  }
  return tax;
}

/** Income tax on a total income: rounded, the slabs, the rebate (with its marginal relief under
 *  the new regime), surcharge with its marginal relief (the tax and surcharge above a threshold
 *  exceed those at it by no more than the income above it), cess, and the total rounded. */
function incomeTax(regime, income) {
  const taxable = round10(Math.max(0, income));
  let tax = slabTax(regime, taxable);
  if (taxable <= regime.rebateUpTo) tax = Math.max(0, tax - regime.rebate);
  else if (regime === NEW) tax = Math.min(tax, taxable - regime.rebateUpTo);
  let surcharge = 0;
  let below = 0;
  for (const [above, rate] of regime.surcharge) {
    if (taxable <= above) break;
    const atThreshold = slabTax(regime, above) * (1 + below);
    surcharge = Math.min(tax * rate, atThreshold + (taxable - above) - tax);
    below = rate;
  }
  return round10((tax + surcharge) * (1 + CESS));
}

/** The wages the Code counts, by its definition applied until it settles: all remuneration (the
 *  fixed CTC but gratuity) less HRA, the employer's PF and NPS, and no less than half of it. */
function wages(fixed, basic, hra, nps, pfOf, gratuityOf) {
  let w = basic;
  for (let i = 0; i < 200; i++) {
    const remuneration = fixed - gratuityOf(w);
    const exclusions = hra + nps + pfOf(w);
    w = Math.max(basic, remuneration - exclusions, remuneration / 2);
  }
  return w;
}

/** One offer's year under one regime: monthly in hand, the variable pay and bonus after their tax. */
export function work(o, regimeName, day = "2026-12-01") {
  const regime = regimeName === "new" ? NEW : OLD;
  const city = o.city ?? "bengaluru";
  const variable = (o.ctc * (o.var ?? 0)) / 100;
  const fixed = o.ctc - variable;
  const basic = (fixed * (o.basic ?? 50)) / 100;
  const hra = (basic * (o.hra ?? 50)) / 100;
  const nps = (basic * (o.enps ?? 0)) / 100;
  const ceiling = pfCeilingMonth(day) * 12;
  const pfOf = (w) =>
    ({ full: basic * PF, capped: Math.min(basic, ceiling) * PF, wages: w * PF, none: 0 })[o.pf ?? "full"];
  const gratuityOf = (w) => (o.grat === "wages" ? w : basic) * GRATUITY;
  const w = wages(fixed, basic, hra, nps, pfOf, gratuityOf);
  const pf = pfOf(w);
  const gratuity = gratuityOf(w);
  const gross = fixed - pf - nps - gratuity;
  const perquisite = Math.max(0, pf + nps - 750_000);
  const professional = PROFESSIONAL_TAX[city];
  let income = gross + nps + perquisite - regime.standard - Math.min(nps, basic * regime.npsShare);
  if (regime === OLD) {
    const share = HRA_FIFTY.includes(city) ? 0.5 : 0.4;
    const exempt = Math.max(0, Math.min(hra, (o.rent ?? 0) * 12 - basic * 0.1, basic * share));
    const c = o.claims ?? {};
    income -= exempt + professional + Math.min(150_000, pf + (c.c80 ?? 0)) + Math.min(25_000, c.d80 ?? 0);
    income -= Math.min(c.parentsSenior ? 50_000 : 25_000, c.parents ?? 0);
    income -= Math.min(50_000, c.nps ?? 0) + Math.min(200_000, c.homeLoan ?? 0);
  }
  const tax = incomeTax(regime, income);
  const inHandYear = gross - pf - tax - professional;
  const variableNet = variable - (incomeTax(regime, income + variable) - tax);
  const bonus = o.join ?? 0;
  const bonusNet = bonus - (incomeTax(regime, income + variable + bonus) - incomeTax(regime, income + variable));
  return { monthly: inHandYear / 12, firstYear: inHandYear + variableNet + bonusNet, pf, gratuity, wages: w, tax };
}

/** The better regime on the fixed pay's monthly in hand, the new one on a tie. */
export function better(o, day) {
  const [n, old] = [work(o, "new", day), work(o, "old", day)];
  return Math.round(old.monthly) > Math.round(n.monthly) ? { regime: "old", ...old } : { regime: "new", ...n };
}

export const inr = (n) => "₹" + Math.round(n).toLocaleString("en-IN");

/** Days in a month of a year (1–12). */
const daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthPlus = ([year, month], count) => {
  const index = year * 12 + month - 1 + count;
  return [Math.floor(index / 12), (index % 12) + 1];
};

/** One month of a job's fixed pay (basic `job.basic` % of fixed, 50 unless given; HRA 50% of
 *  basic, gratuity on basic), day by day, so that the PF ceiling's change on 17 September 2026
 *  counts from its day. */
function monthOfPay(job, [year, month]) {
  const sums = { gross: 0, pf: 0, professional: 0, hra: 0 };
  const days = daysIn(year, month);
  const fixed = job.ctc * (1 - (job.var ?? 0) / 100);
  const basic = (fixed * (job.basic ?? 50)) / 100;
  const city = job.city ?? "bengaluru";
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const pf = job.pf === "capped" ? Math.min(basic, pfCeilingMonth(date) * 12) * PF : basic * PF;
    const gross = fixed - pf - basic * GRATUITY;
    const share = HRA_FIFTY.includes(city) ? 0.5 : 0.4;
    sums.gross += gross / 12 / days;
    sums.pf += pf / 12 / days;
    sums.professional += PROFESSIONAL_TAX[city] / 12 / days;
    sums.hra += Math.max(0, Math.min(basic / 2 / 12, (job.rent ?? 0) - basic / 12 / 10, (basic / 12) * share)) / days;
  }
  return sums;
}

/** Four years of a choice (issue 31): each tax year from the one of joining to the fourth after
 *  it, month 1 the month of `start` ([year, month]); before it the `before` job's pay. The fixed
 *  CTC rises by `raise` % on each anniversary; variable pay at `payout` % of its target on each
 *  anniversary up to month 49; a joining bonus and a `buyout` in month 1; a second-year bonus and
 *  a `forfeit` in month 13; a `grant` vesting by `vest` (its first year at month 13, each later
 *  year in four parts every three months), valued with `growth` % a year. Every year under the
 *  2026-27 rules and the regime that takes less, with `claims` (c80, d80, nps, homeLoan).
 *  Rows: { year, tax, stockTax, total }. */
export function fourYears({ start, job, before, join = 0, join2 = 0, raise = 0, payout = 100, grant = 0, vest = [], growth = 0, buyout = 0, forfeit = 0, claims = {} }) {
  const taxYear = ([year, month]) => (month >= 4 ? year : year - 1);
  const vests = vest.flatMap((share, year) =>
    year === 0 ? [[13, share]] : [1, 2, 3, 4].map((part) => [12 * year + 1 + 3 * part, share / 4]),
  );
  const rows = [];
  for (let year = taxYear(start); year <= taxYear(monthPlus(start, 48)); year++) {
    const s = { gross: 0, pf: 0, professional: 0, hra: 0, lumps: 0, vested: 0, buyout: 0 };
    for (let k = 0; k < 12; k++) {
      const month = monthPlus([year, 4], k);
      const index = month[0] * 12 + month[1] - (start[0] * 12 + start[1]) + 1;
      let paying = before;
      if (index >= 1) {
        const variable = (job.ctc * (job.var ?? 0)) / 100;
        const fixed = (job.ctc - variable) * (1 + raise / 100) ** Math.floor((index - 1) / 12);
        paying = { ...job, ctc: fixed + variable, var: (variable / (fixed + variable)) * 100 };
        if (index > 1 && (index - 1) % 12 === 0 && index <= 49) s.lumps += (variable * payout) / 100;
        if (index === 1) (s.lumps += join), (s.buyout += buyout);
        if (index === 13) s.lumps += join2 + forfeit;
        for (const [at, share] of vests) {
          if (at === index) s.vested += ((grant * share) / 100) * (1 + growth / 100) ** ((at - 1) / 12);
        }
      }
      if (!paying) continue;
      const pay = monthOfPay(paying, month);
      for (const key of Object.keys(pay)) s[key] += pay[key];
    }
    const taxWith = (vested) => {
      const salary = s.gross + s.lumps + vested;
      const newTax = incomeTax(NEW, salary - Math.min(NEW.standard, salary));
      const old =
        salary - Math.min(OLD.standard, salary) - s.professional - s.hra - Math.min(150_000, s.pf + (claims.c80 ?? 0)) -
        Math.min(25_000, claims.d80 ?? 0) - Math.min(50_000, claims.nps ?? 0) - Math.min(200_000, claims.homeLoan ?? 0);
      return Math.min(newTax, incomeTax(OLD, old));
    };
    const tax = taxWith(s.vested);
    const stockTax = tax - taxWith(0);
    const total = s.gross + s.lumps + s.vested - s.pf - s.professional - s.buyout - tax;
    rows.push({ year: `${year}-${String((year + 1) % 100).padStart(2, "0")}`, tax, stockTax, vested: s.vested, total });
  }
  return rows;
}
