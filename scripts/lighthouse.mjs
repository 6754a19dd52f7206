// Lighthouse on the release build, served compressed as a host would (brotli), with the
// default mobile preset and devtools throttling (simulated throttling leaves the wasm
// download out of its paint estimates). Seven runs; prints the median of each score and
// metric, and fails below Performance 95 or below 100 for Accessibility, Best Practices or SEO.
//   node scripts/lighthouse.mjs [dist-dir] [runs]      (defaults: dist, 7)
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const dist = resolve(process.argv[2] ?? "dist");
const runs = Number(process.argv[3] ?? 7);
const port = 4178;
const url = `http://127.0.0.1:${port}/?role=senior-backend-developer&exp=mid&city=bengaluru&skill=python`;
const MIN_SCORES = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
// The target is 100 in every category; Performance fails only below 95, as these 2-core
// machines are noisy (the same build has scored 95 to 100).
const TARGET = 100;
const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "speed-index": "Speed Index",
  "cumulative-layout-shift": "CLS",
};

const server = spawn(process.execPath, ["e2e/server.mjs", String(port), dist], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((ready) => server.stdout.once("data", ready));

const results = [];
try {
  for (let i = 0; i < runs; i++) {
    // A fresh browser each run: nothing cached, as for a first visit.
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-dev-shm-usage",
      ],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(MIN_SCORES),
        throttlingMethod: "devtools",
      });
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      results.push(lhr);
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      console.log(
        `lighthouse run ${i + 1}/${runs}: ` +
          Object.keys(MIN_SCORES).map((id) => `${id} ${score(id)}`).join(", ") +
          `; LCP element: ${lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? "?"}`,
      );
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.kill();
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
mkdirSync("test-artifacts", { recursive: true });
writeFileSync("test-artifacts/lighthouse-last-run.json", JSON.stringify(results.at(-1), null, 1));

console.log(`lighthouse 12 (mobile preset, devtools throttling, brotli), median of ${runs} runs:`);
const failures = [];
for (const [id, min] of Object.entries(MIN_SCORES)) {
  const value = median(results.map((r) => Math.round(r.categories[id].score * 100)));
  console.log(`  ${results[0].categories[id].title.padEnd(16)} ${String(value).padStart(4)}   (target ${TARGET}, fails below ${min})`);
  if (value < min) failures.push(`${id} ${value} < ${min}`);
}
for (const [id, label] of Object.entries(METRICS)) {
  const value = median(results.map((r) => r.audits[id].numericValue));
  const shown = id === "cumulative-layout-shift" ? value.toFixed(3) : `${Math.round(value)} ms`;
  console.log(`  ${label.padEnd(16)} ${shown.padStart(9)}`);
}
for (const lhr of results) {
  for (const [id, category] of Object.entries(lhr.categories)) {
    if (id === "performance") continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failures.push(`${id}: ${audit.id} — ${audit.title}`);
    }
  }
}
if (failures.length) {
  console.error(`lighthouse budget failed:\n  ${[...new Set(failures)].join("\n  ")}`);
  process.exit(1);
}
