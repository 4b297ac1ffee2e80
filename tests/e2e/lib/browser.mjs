// SPDX-License-Identifier: MIT
// Launch Debian's Chromium through playwright-core (never a downloaded browser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'
];

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

/** Returns { context, close() } with a fresh user-data-dir. */
export async function launch({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, isMobile = false, hasTouch = false, reducedMotion = 'reduce' } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capsule-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, viewport, deviceScaleFactor, isMobile, hasTouch, reducedMotion
  });
  context.setDefaultTimeout(15000);
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  };
}
