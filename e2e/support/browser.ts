/**
 * Debian's Chromium driven by playwright-core (no browser download), with axe-core injected from
 * node_modules to check accessibility.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
};

/** The WCAG 2.1 A/AA violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the browser's debugging protocol, as the page's CSP (no inline script) allows.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    // Beyond WCAG's letter: every page has exactly one main heading (h1), which names it.
    const mainHeadings = document.querySelectorAll('h1').length;
    if (mainHeadings !== 1)
      result.violations.push({
        id: 'one-h1',
        impact: 'moderate',
        help: `A page has exactly one h1; this one has ${String(mainHeadings)}.`,
        nodes: [],
      });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** A page on a desk-sized screen in a Dutch (Belgian) browser in Brussels time. */
export async function deskPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  return context.newPage();
}

/** A 5-year-old Android phone's screen, in a Dutch (Belgian) browser in Brussels time. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    hasTouch: true,
    isMobile: true,
  });
  return context.newPage();
}

/** Signs in as someone of the demo, from the sign-in page's list of invented people. */
export async function signInAsDemo(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/aanmelden`);
  await page.getByRole('button', { name: `Inloggen als ${name}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
}
