/**
 * A newcomer's walk through the demo, in a real browser on a desk and on a phone: the banner, a
 * one-click sign-in as each kind of user, the families in their states, a referral that no one in
 * Omringd can receive sent through the service's own route, the coordinator's intake, the network
 * coordinator's figures, and a destructive action asked again. Axe finds nothing on any page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, signInAsDemo } from './support/browser.ts';
import { dateValue, typeDate } from './support/dates.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { steps, toStep } from './support/steps.ts';

// Tuesday 24 November 2026, 10:30 in Brussels: Ilse Vermeulen is on the Zorggarantie roster.
const start = new Date('2026-11-24T09:30:00Z').getTime();
const began = Date.now();
const clock = () => new Date(start + (Date.now() - began));

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startServer(clock, { demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function newPage(phone = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'Europe/Brussels',
  });
  contexts.push(context);
  return context.newPage();
}

const signInAs = (page: Page, name: string) => signInAsDemo(page, server.url, name);

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the demo, on a desk', () => {
  it('says it is the demo on every page and signs in as someone with one click', async () => {
    const page = await newPage();
    await page.goto(server.url);
    const banner = page.getByRole('complementary', { name: 'Demoversie' });
    await banner.getByText('Alle mensen en gezinnen hier zijn verzonnen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await banner.getByRole('link', { name: /Probeer Omringd/ }).click();
    await page.getByRole('heading', { name: 'Inloggen als iemand van de demo' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Inloggen als Els Wouters' }).click();
    await page.getByRole('heading', { name: 'Mijn aanmeldingen' }).waitFor();
    await page.getByRole('complementary', { name: 'Demoversie' }).waitFor();
    // The family taken up: the contact person with her phone and e-mail.
    const taken = page.locator('.result', { hasText: 'Nathalie Janssens' });
    await taken.getByRole('link', { name: 'Bel 011 30 40 51' }).waitFor();
    await taken.getByRole('link', { name: 'mira.claes@zorggarantie-limburg.example.be' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sends a referral no one in Omringd can receive through the service’s own route', async () => {
    const page = await newPage();
    await signInAs(page, 'Els Wouters');
    await page.goto(`${server.url}/?q=Pondo`);
    await page.getByRole('link', { name: 'Pondo', exact: true }).first().click();
    await page.getByRole('link', { name: /Warm doorverwijzen/ }).click();
    await page.getByRole('heading', { name: /Warme doorverwijzing naar Pondo/ }).waitFor();
    await page
      .getByText('Niemand kan deze aanmelding in Omringd ontvangen', { exact: false })
      .waitFor();
    await page.getByLabel('Naam van de ouder (zoals je het gezin noemt)').fill('Mona Demo');
    await page.getByLabel('Nog niet geboren').check();
    await typeDate(page, 'Vermoedelijke bevallingsdatum', '2027-04-20');
    expect(await dateValue(page, 'Vermoedelijke bevallingsdatum')).toBe('2027-04-20');
    await toStep(page, steps.check);
    expect(await page.getByRole('button', { name: 'Aanmelding versturen' }).count()).toBe(0);
    const panel = page.getByRole('region', { name: 'Aanmelden via de eigen weg van de dienst' });
    await panel.getByLabel(/Zo meld je aan: Aanmelding via MaPa/).check();
    await panel.getByLabel('Wat spraken jullie af? (niet verplicht)').fill('MaPa belt de mama.');
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Bewaren als aanmelding buiten Omringd' }).click();
    await page.getByRole('heading', { name: /Mona Demo/ }).waitFor();
    await page.getByText('Aangemeld buiten Omringd').waitFor();
    await page.getByText(/opvolgen op/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the coordinator the intake, sorted by the end of the maximum duration', async () => {
    const page = await newPage();
    await signInAs(page, 'Mira Claes');
    await page.getByRole('heading', { name: 'Intake' }).waitFor();
    await page.getByLabel('Volgorde').selectOption({ label: 'Maximale duur eerst voorbij' });
    await page.waitForURL(/volgorde=duration/);
    const first = page.locator('.result').first();
    await first.getByText('Maximale duur bereikt op').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the network coordinator where referrals reach no one, as figures', async () => {
    const page = await newPage();
    await signInAs(page, 'Karen Dewitte');
    await page.goto(`${server.url}/beheer/programmas`);
    const table = page.getByRole('table', { name: 'Aanmeldingen die niemand bereiken' });
    await table.getByRole('row', { name: /Pondo/ }).waitFor();
    expect(await table.textContent()).not.toContain('Lisa');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks again before deactivating a person, and "no" changes nothing', async () => {
    const page = await newPage();
    await signInAs(page, 'Pieter Maes');
    await page.getByRole('heading', { name: 'Beheer' }).waitFor();
    await page.getByRole('button', { name: 'Ilse Vermeulen deactiveren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Alle sessies van deze persoon stoppen meteen/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Nee, terug' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const row = page.getByRole('row', { name: /Ilse Vermeulen/ });
    await row.getByText('Actief').waitFor();
    await page.getByRole('button', { name: 'Ilse Vermeulen deactiveren' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Ja, Ilse Vermeulen deactiveren' })
      .click();
    await row.getByText('Gedeactiveerd').waitFor();
  });
});

describe('the demo, on a phone', () => {
  it('keeps the header and the pages within the screen, and takes a date in Dutch', async () => {
    const page = await newPage(true);
    await signInAs(page, 'Els Wouters');
    await page.getByRole('heading', { name: 'Mijn aanmeldingen' }).waitFor();
    expect(await noSideways(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Dries Vos' }).click();
    await page.waitForURL(/bewerken$/);
    await page.getByLabel('Geboren', { exact: true }).check();
    await typeDate(page, 'Geboortedatum', '2026-06-02');
    await page.getByRole('group', { name: 'Geboortedatum' }).getByText('jjjj').waitFor({
      state: 'detached',
    });
    expect(await page.getByRole('group', { name: 'Geboortedatum' }).innerText()).toMatch(
      /^0?2\s*\/\s*0?6\s*\/\s*2026$/,
    );
    expect(await noSideways(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
