import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../src/config';

const CANDIDATES = [process.env.CHROMIUM_PATH?.trim(), '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (candidate): candidate is string => Boolean(candidate),
);

/** Debian's Chromium (.ci/run installs it), or CHROMIUM_PATH; undefined when there is none. */
export const CHROMIUM_PATH = CANDIDATES.find((candidate) => existsSync(candidate));

/** Screenshots of the pages, for people to look at; test-artifacts/ is not committed. */
export const ARTIFACTS_DIR = path.join(PROJECT_ROOT, 'test-artifacts/browser');

/**
 * `describe` when Chromium is here; otherwise one skipped test whose name says why, so a machine
 * without it passes and says what it did not test.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (CHROMIUM_PATH) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it.skip(
      `skipped: no Chromium at ${CANDIDATES.join(' or ')}. Install Debian's chromium ` +
        '(apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH',
      () => undefined,
    );
  });
}

/** Headless Chromium, as CI runs it: no sandbox (root in a container), no GPU, no calls home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Lets the pages of `context` reach only `origins` (the servers under test) and aborts anything
 * else, as a machine without internet access would. Returns the list of what was refused.
 */
export async function allowOnly(context: BrowserContext, origins: string[]): Promise<string[]> {
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || origins.some((origin) => url.startsWith(`${origin}/`))) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return refused;
}

/** Saves a screenshot as test-artifacts/browser/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
