// Benchmark: from a select change to the updated estimate in the page, measured in the
// browser with the Performance API across 50 changes. Prints the median and p95 against the
// target, one frame (16 ms), and fails only on a clear regression: a p95 of 1.5 frames or more. Runs alone (`--project=bench`, one worker), after the
// end-to-end suite, so other tests do not share the two CPU cores with it.
import { test, expect, openApp } from "./fixtures.mjs";

// The real clock: the measures read performance.now().
test.use({ pinnedDate: null });

const CHANGES = 50;
const TARGET_P95_MS = 16;
/** A clear regression, not noise on a busy 2-core machine. */
const FAILS_AT_MS = TARGET_P95_MS * 1.5;

test("a filter change reaches the estimate within one frame (p95)", async ({ page }) => {
  await openApp(page, "./?role=backend-developer&exp=mid&skill=java");
  const durations = await page.evaluate(async (changes) => {
    const select = document.querySelector("#filter-city");
    const figure = document.querySelector('[data-testid="estimate"]');
    // The survey's cities: each of the others shows the national estimate, so a change
    // between two of them would move no figure.
    const cities = [...select.querySelectorAll('optgroup[label="In the survey"] option')].map((o) => o.value);
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    // Warm-up rounds (60 changes), so that first-use costs (the optimising compiler's tier-up
    // of the WebAssembly, allocator growth) are not counted: the budget is for steady use.
    for (const city of Array.from({ length: 10 }, () => cities).flat()) {
      select.value = city;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      await nextFrame();
    }
    const out = [];
    for (let i = 0; i < changes; i++) {
      // Never the current city, so every change moves the estimate.
      const city = cities[(i * 3 + 1) % cities.length] === select.value ? cities[(i * 3 + 2) % cities.length] : cities[(i * 3 + 1) % cities.length];
      const before = figure.textContent;
      const updated = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(figure, { childList: true, characterData: true, subtree: true });
      });
      performance.mark("change");
      select.value = city;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      await updated;
      // Leptos runs its effects as microtasks; wait for the rest of them to settle too, so
      // the measure covers all the work the change caused before the browser can paint.
      await Promise.resolve();
      performance.mark("estimate-updated");
      const m = performance.measure(`change-${i}`, "change", "estimate-updated");
      out.push({ ms: m.duration, changed: figure.textContent !== before });
      await nextFrame();
    }
    return out;
  }, CHANGES);

  expect(durations.every((d) => d.changed), "every change moved the estimate").toBe(true);
  const sorted = durations.map((d) => d.ms).sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const median = pick(0.5);
  const p95 = pick(0.95);
  console.log(
    `interaction: ${CHANGES} city changes, select change -> estimate updated: ` +
      `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms ` +
      `(target: p95 < ${TARGET_P95_MS} ms, fails at ${FAILS_AT_MS} ms)`,
  );
  expect(p95, `p95 ${p95.toFixed(1)} ms must stay under ${FAILS_AT_MS} ms`).toBeLessThan(FAILS_AT_MS);
});
