/**
 * A supporter on a phone: Samira, whom Fatima asked to help, signs in and sees only the agreement
 * she has a part in, with the family's contact person; Fatima sees in her portal that Samira was
 * asked. Axe finds nothing, in Dutch and in Arabic.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  signInAsDemo,
  phonePage as phoneOf,
} from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(() => new Date(), { demo: true, localhost: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

const phonePage = () => phoneOf(browser);

const signInAs = (page: Page, name: string) => signInAsDemo(page, server.url, name);

describe('a supporter from the network', () => {
  it('sees only the agreement she has a part in, and the family sees she was asked', async () => {
    const phone = await phonePage();
    await signInAs(phone, 'Samira El Amrani');
    await phone.waitForURL((url) => url.pathname === '/steun');
    await phone.getByRole('heading', { name: 'Waar ik help' }).waitFor();
    await phone
      .getByText('Tante Samira past op woensdagnamiddag op Noor, zodat Fatima kan rusten.')
      .waitFor();
    expect(await phone.getByRole('link', { name: 'Bel Mira Claes' }).count()).toBe(1);
    // Nothing else of the file: not the plan's goals, not the care table's decisions.
    expect(await phone.getByText('Noor slaapt elke nacht in haar eigen bedje').count()).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByLabel('Taal').selectOption('ar');
    await phone.getByRole('heading', { name: 'أين أساعد' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(phone)).toEqual([]);
    const plan = await phone.request.get(`${server.url}/api/v1/cases`);
    expect((await plan.json()) as unknown).toEqual([]);

    const fatima = await phonePage();
    await signInAs(fatima, 'Fatima El Amrani');
    const ours = fatima.getByRole('region', { name: 'Wie steunt ons' });
    await ours.getByText(/Tante Samira .* — gevraagd/).waitFor();
    expect(await axeViolations(fatima)).toEqual([]);
  });
});
