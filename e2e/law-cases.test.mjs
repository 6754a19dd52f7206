// The four years' cases (src/tax/years-cases.json), worked out again from the law by fourYears in
// e2e/law.mjs: the figures tax::years's tests hold the model to must be the law's, to the paisa.
// Node's test runner, no browser: `node --test e2e/law-cases.test.mjs`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fourYears } from "./law.mjs";

const { cases } = JSON.parse(readFileSync(new URL("../src/tax/years-cases.json", import.meta.url), "utf8"));

for (const [name, { input, rows }] of Object.entries(cases)) {
  test(`four years, ${name}: every tax year's tax and total kept is the law's`, () => {
    const worked = fourYears(input);
    assert.deepEqual(worked.map((r) => r.year), rows.map((r) => r[0]));
    worked.forEach((row, i) => {
      assert.equal(row.tax, rows[i][1], `${row.year}: tax`);
      assert.ok(Math.abs(row.total - rows[i][2]) < 0.006, `${row.year}: total ${row.total}, not ${rows[i][2]}`);
    });
  });
}

test("the cases cover what the issue asks of them", () => {
  const inputs = Object.values(cases).map((c) => c.input);
  assert.ok(inputs.some((i) => i.start[1] === 1 && i.before), "a January start with a current CTC");
  assert.ok(inputs.some((i) => i.start[1] === 4), "an April start");
  assert.ok(inputs.some((i) => i.grant && i.growth && i.vest.join("-") === "5-15-40-40"), "a 5-15-40-40 grant with growth");
  assert.ok(inputs.some((i) => i.join2), "a second-year bonus");
  assert.ok(inputs.some((i) => i.payout < 100), "a variable payout below 100%");
  assert.ok(inputs.some((i) => i.job.city === "mumbai") && inputs.some((i) => i.job.city === "gurugram"), "two states");
  assert.ok(inputs.some((i) => i.before?.city && i.before.basic && i.before.var), "a current job on its own structure and city");
});
