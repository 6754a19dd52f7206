// The yardstick issue 23 sets the typed offer against: a React/Vite tax calculator's time to
// content on the same phone profile (phone-loads.mjs), median of fresh loads. The peer
// (github.com/abhaythink/your-tax) is not part of this project, so the test command does not
// run this; build it apart (`npx vite build --base /` in its clone) and point this at its dist,
// or give first-answer.mjs PEER_DIST to time it in the same run and print the ratio.
// Its whole page is usable the moment its form is drawn. Two times are printed: the animation
// frame that first finds its form in the page, and the next one, by which that frame's
// rendering is done. first-answer.mjs times the typed offer's pay the second way (the pay is
// written before a frame's rendering and seen by the next frame), so that is the like for like;
// the ratio is printed against both.
//   node scripts/peer-content.mjs <peer-dist-dir> [loads]      (default: 5)
import { PROFILE, median, phoneLoads } from "./phone-loads.mjs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** In the page, from the start: the first frame with a laid-out input under the React root, and the next. */
function watchContent() {
  window.__content = new Promise((resolve) =>
    window.__whenPainted(
      () => document.querySelector("#root input")?.getBoundingClientRect().width > 0,
      (painted, found) => {
        resolve({ found, painted });
        window.__measured();
      },
    ),
  );
}

/** Times `loads` fresh loads of the peer built in `dist`; prints each and the medians, returns the medians. */
export async function peerContent(dist, loads) {
  const times = await phoneLoads({
    dist: resolve(dist),
    port: 4183,
    loads,
    init: watchContent,
    async measure(page, i) {
      const r = await page.evaluate(() => window.__content);
      console.log(`peer, load ${i + 1}/${loads}: its form found in the page at ${Math.round(r.found)} ms, its frame rendered by ${Math.round(r.painted)} ms`);
      return r;
    },
  });
  const found = median(times.map((r) => r.found));
  const painted = median(times.map((r) => r.painted));
  console.log(`peer's time to content (${PROFILE.name}), median of ${loads} fresh loads:`);
  console.log(`  form found in the page    ${String(Math.round(found)).padStart(5)} ms`);
  console.log(`  … its frame rendered      ${String(Math.round(painted)).padStart(5)} ms`);
  return { found, painted };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) {
    console.error("usage: node scripts/peer-content.mjs <peer-dist-dir> [loads]");
    process.exit(2);
  }
  await peerContent(process.argv[2], Number(process.argv[3] ?? 5));
}
