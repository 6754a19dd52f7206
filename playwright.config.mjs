// End-to-end tests: the release build in dist/, served locally, in Debian's headless Chromium.
import { defineConfig } from "@playwright/test";

const PORT = 4173;
// A second build made with `trunk build --public-url /salary/` (absolute asset URLs).
const PUBLIC_URL_PORT = 4175;

export default defineConfig({
  testDir: "e2e",
  // Only *.spec.mjs: e2e/engines/*.test.mjs are Node's test runner's (Firefox and WebKit).
  testMatch: /\.spec\.mjs$/,
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // The whole suite runs three times: the relative-URL build at the domain root and under
  // /salary/, and a build made for /salary/ with an absolute public URL.
  projects: [
    { name: "root", use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    {
      name: "sub-path",
      use: { baseURL: `http://127.0.0.1:${PORT}/salary/` },
      testIgnore: /deploy\.spec/, // it runs its own server
    },
    {
      name: "public-url",
      use: { baseURL: `http://127.0.0.1:${PUBLIC_URL_PORT}/salary/` },
      testIgnore: /deploy\.spec/,
    },
    // Benchmarks (*.bench.mjs): scripts/test.sh runs them on their own, one worker.
    { name: "bench", testMatch: /\.bench\.mjs$/, use: { baseURL: `http://127.0.0.1:${PORT}/` } },
  ],
  webServer: [
    {
      command: `node e2e/server.mjs ${PORT} dist`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node e2e/server.mjs ${PUBLIC_URL_PORT} dist-public-url`,
      url: `http://127.0.0.1:${PUBLIC_URL_PORT}/salary/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
