// End-to-end tests: the release build in dist/, served locally, in Debian's headless Chromium.
import { defineConfig } from "@playwright/test";

const PORT = 4173;

export default defineConfig({
  testDir: "e2e",
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
  // The whole suite runs twice: with the app at the domain root and under a sub-path.
  projects: [
    { name: "root", use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    {
      name: "sub-path",
      use: { baseURL: `http://127.0.0.1:${PORT}/salary/` },
      testIgnore: /deploy\.spec/, // it runs its own server
    },
  ],
  webServer: {
    command: `node e2e/server.mjs ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
