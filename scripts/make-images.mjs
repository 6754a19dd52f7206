// Draws the PNG images in public/ (checked in, so builds need no browser):
// - og-image.png, the 1200×630 picture chat apps show for a shared link. It claims no figure:
//   a link can hold any profile and offer, and the preview is the same for all of them.
// - icon-192.png, icon-512.png and apple-touch-icon.png, from favicon.svg, for home screens.
// Run it after a change to the wording or the icon:   node scripts/make-images.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const out = fileURLToPath(new URL("../public/og-image.png", import.meta.url));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const card = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await card.setContent(`<!doctype html><html><body>
<style>
  body { margin: 0; width: 1200px; height: 630px; font-family: "Noto Sans", sans-serif;
         background: #0f5f5a; color: #fff; display: flex; }
  .card { margin: 56px; padding: 48px 56px; background: #fff; color: #17201f; border-radius: 28px;
          flex: 1; display: flex; flex-direction: column; justify-content: space-between; }
  h1 { font-size: 52px; margin: 0; line-height: 1.1; }
  .sub { font-size: 26px; color: #4a5856; margin: 10px 0 0; }
  .lead { font-size: 64px; font-weight: 800; color: #0f5f5a; line-height: 1.1; margin: 0; }
  .meta { font-size: 30px; margin: 16px 0 0; }
  .foot { font-size: 22px; color: #4a5856; }
</style>
<div class="card">
  <div><h1>Backend developer salary in India</h1>
  <p class="sub">Estimate by role, city, skill and experience · 2025 survey figures</p></div>
  <div><p class="lead">Is the offer fair, and what does it pay in hand?</p>
  <p class="meta">The market for your role, city, skill and experience; the exact monthly pay under this year's tax law, both regimes.</p></div>
  <p class="foot">Glassdoor, AmbitionBox and Indeed averages · the working shown for every step</p>
</div></body></html>`);
await card.screenshot({ path: out, type: "png" });
const svg = readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8");
for (const [name, size] of [["icon-192.png", 192], ["icon-512.png", 512], ["apple-touch-icon.png", 180]]) {
  const icon = await browser.newPage({ viewport: { width: size, height: size } });
  // Square corners: home screens apply their own mask.
  const square = svg.replace(/ rx="\d+"/, "");
  await icon.setContent(`<body style="margin:0">${square.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
  await icon.screenshot({ path: fileURLToPath(new URL(`../public/${name}`, import.meta.url)), type: "png" });
}
await browser.close();
console.log(`wrote ${out} and the icons`);
