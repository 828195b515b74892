/**
 * Screenshots of the main pages, signed in as the demo's people: `npm run screenshots -- <url>
 * <directory>` against a running demo (`npm run demo`). Desktop and phone; used for the before and
 * after pictures in docs/screenshots.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';

const [base = 'http://localhost:3000', out = 'docs/screenshots/now'] = process.argv.slice(2);

type Shot = { name: string; as: string | null; path: string; ready?: string };

const shots: Shot[] = [
  { name: 'search-landing', as: null, path: '/' },
  { name: 'search-results', as: null, path: '/?q=zwanger%20verslaving&postcode=3500' },
  { name: 'sign-in', as: null, path: '/aanmelden' },
  { name: 'my-referrals', as: 'Els Wouters', path: '/aanmeldingen' },
  { name: 'referral-form', as: 'Els Wouters', path: '/aanmeldingen', ready: 'draft' },
  { name: 'intake', as: 'Mira Claes', path: '/intake' },
  { name: 'admin', as: 'Pieter Maes', path: '/beheer' },
  { name: 'programmes', as: 'Karen Dewitte', path: '/beheer/programmas' },
];

async function take(browser: Browser, shot: Shot, phone: boolean) {
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  });
  const page = await context.newPage();
  if (shot.as !== null) {
    await page.goto(`${base}/aanmelden`);
    await page.getByRole('button', { name: `Inloggen als ${shot.as}` }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
  }
  await page.goto(`${base}${shot.path}`);
  await page.waitForLoadState('networkidle');
  if (shot.ready === 'draft') {
    await page.getByRole('link', { name: /Dries/ }).first().click();
    await page.waitForURL(/bewerken$/);
    await page
      .getByText(/^Bewaard|^Alles/)
      .first()
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle');
  }
  await page.screenshot({
    path: join(out, `${shot.name}${phone ? '-phone' : ''}.png`),
    fullPage: false,
  });
  await context.close();
}

await mkdir(out, { recursive: true });
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    await take(browser, shot, false);
    if (['search-landing', 'referral-form', 'intake'].includes(shot.name))
      await take(browser, shot, true);
    console.log(`${shot.name}: done`);
  }
} finally {
  await browser.close();
}
