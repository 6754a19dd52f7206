// Offline use and updates: the service worker against a server of this test's own,
// which can switch to a second build (dist-next) as a new deployment would.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { test, expect, openApp } from "./fixtures.mjs";

// One server, switched mid-way: the tests share it and run in order.
test.describe.configure({ mode: "serial" });

const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server;

test.beforeAll(async () => {
  expect(existsSync("dist-next/index.html"), "run scripts/test.sh, which builds dist-next").toBe(true);
  server = spawn("node", ["e2e/server.mjs", String(PORT), "dist", "dist-next"], { stdio: "ignore" });
  await expect.poll(async () => (await fetch(`${ORIGIN}/`).catch(() => null))?.status).toBe(200);
});

test.afterAll(() => server?.kill());

const build = (page) => page.locator('meta[name="build"]').getAttribute("content");
const cacheNames = (page) => page.evaluate(() => caches.keys());

async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test("after one visit the app opens offline, preset links included", async ({ page, context }) => {
  await openApp(page, `${ORIGIN}/`);
  await untilControlled(page);
  await context.setOffline(true);
  await openApp(page, `${ORIGIN}/?role=senior-backend-developer&city=bengaluru&skill=python&exp=mid`);
  await expect(page.getByTestId("estimate")).toHaveText("₹14.1 L");
  await expect(page.getByRole("combobox", { name: "City", exact: true })).toHaveValue("bengaluru");
  await context.setOffline(false);
});

test("a new deployment is picked up and the old cache is dropped", async ({ page, context }) => {
  await openApp(page, `${ORIGIN}/?city=pune`);
  await untilControlled(page);
  const first = await build(page);
  expect(await cacheNames(page)).toEqual([`salary-${first}`]);

  await fetch(`${ORIGIN}/__deploy`, { method: "POST" });
  await page.reload();
  await expect(page.getByTestId("estimate")).toBeVisible();
  const second = await build(page);
  expect(second).toMatch(/ next$/);
  expect(second).not.toBe(first);
  const version = second.split(" ")[0];
  await expect.poll(() => cacheNames(page), { timeout: 10_000 }).toEqual([`salary-${version}`]);

  // And the new version is what opens offline.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("estimate")).toHaveText("₹8.2 L");
  expect(await build(page)).toBe(second);
  await context.setOffline(false);
});
