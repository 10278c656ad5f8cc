// One way the Node tests start Debian's Chromium: CHROME_PATH or /usr/bin/chromium, with the flags this kind of
// machine needs (no sandbox as root, no GPU, nothing that reaches the network by itself).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Launches headless Chromium for a Node test (playwright-core; it downloads nothing). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
