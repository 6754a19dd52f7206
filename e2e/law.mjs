// Pay in hand for 2026-27, worked out here from the law (Income-tax Act, 2025 as amended by the
// Finance Act, 2026), not from the app's code, so that the end-to-end tests can check the page's
// figures against an independent recomputation. Only what the tests' cases need: incomes below
// the surcharge, and the professional tax of Karnataka and Maharashtra above their thresholds.
const CESS = 0.04;
const NEW = { standard: 75_000, slabs: [[400_000, 0], [800_000, 0.05], [1_200_000, 0.1], [1_600_000, 0.15], [2_000_000, 0.2], [2_400_000, 0.25], [Infinity, 0.3]], rebateUpTo: 1_200_000, rebate: 60_000 };
const OLD = { standard: 50_000, slabs: [[250_000, 0], [500_000, 0.05], [1_000_000, 0.2], [Infinity, 0.3]], rebateUpTo: 500_000, rebate: 12_500 };
/** Professional tax a year where the gross is over every threshold: Karnataka and Maharashtra. */
const PROFESSIONAL_TAX = 2_500;
const PF = 0.12;
const PF_CEILING_MONTH = 15_000;
const GRATUITY = 0.0481;

function slabTax(regime, income) {
  let tax = 0;
  let from = 0;
  for (const [to, rate] of regime.slabs) {
    if (income > from) tax += (Math.min(income, to) - from) * rate;
    from = to;
  }
  return tax;
}

/** Income tax with the rebate (and its marginal relief, new regime) and the cess. */
function incomeTax(regime, taxable) {
  let tax = slabTax(regime, taxable);
  if (taxable <= regime.rebateUpTo) tax = Math.max(0, tax - regime.rebate);
  else if (regime === NEW) tax = Math.min(tax, taxable - regime.rebateUpTo);
  return tax * (1 + CESS);
}

/** One offer's year under one regime: monthly in hand, the variable pay and bonus after their tax. */
export function work(o, regimeName) {
  const regime = regimeName === "new" ? NEW : OLD;
  const variable = (o.ctc * (o.var ?? 0)) / 100;
  const fixed = o.ctc - variable;
  const basic = (fixed * (o.basic ?? 50)) / 100;
  const pf = o.pf === "capped" ? PF_CEILING_MONTH * PF * 12 : o.pf === "none" ? 0 : basic * PF;
  const gratuity = basic * GRATUITY;
  const gross = fixed - pf - gratuity;
  let taxable = gross - regime.standard;
  if (regime === OLD) {
    const hra = (basic * (o.hra ?? 50)) / 100;
    // All five cities are on the 50% list; the rent less a tenth of basic; what the salary pays.
    const exempt = Math.max(0, Math.min(hra, (o.rent ?? 0) * 12 - basic * 0.1, basic * 0.5));
    const c = o.claims ?? {};
    taxable -= exempt + PROFESSIONAL_TAX + Math.min(150_000, pf + (c.c80 ?? 0)) + Math.min(25_000, c.d80 ?? 0);
    taxable -= Math.min(50_000, c.nps ?? 0) + Math.min(200_000, c.homeLoan ?? 0);
  }
  taxable = Math.max(0, taxable);
  const tax = incomeTax(regime, taxable);
  const inHandYear = gross - pf - tax - PROFESSIONAL_TAX;
  const variableNet = variable - (incomeTax(regime, taxable + variable) - tax);
  const bonus = o.join ?? 0;
  const bonusNet = bonus - (incomeTax(regime, taxable + variable + bonus) - incomeTax(regime, taxable + variable));
  return { monthly: inHandYear / 12, firstYear: inHandYear + variableNet + bonusNet, pf, gratuity };
}

/** The better regime on the fixed pay's monthly in hand, the new one on a tie. */
export function better(o) {
  const [n, old] = [work(o, "new"), work(o, "old")];
  return Math.round(old.monthly) > Math.round(n.monthly) ? { regime: "old", ...old } : { regime: "new", ...n };
}

export const inr = (n) => "₹" + Math.round(n).toLocaleString("en-IN");

