/**
 * A waiting list with bridging help, and a signal to policy, as Mira and Karen use them: Mira
 * puts Noor's family on the waiting list of a CKG service, records the first-line psychologist
 * who bridges the wait, and signals the housing problem she sees; Karen reads the quarter's
 * signal report, where that single signal shows only as "<5", and so does what would reveal it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskPage, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(() => new Date(), { demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function signInAs(name: string): Promise<Page> {
  const page = await deskPage(browser);
  await page.goto(`${server.url}/aanmelden`);
  await page.getByRole('button', { name: `Inloggen als ${name}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
  return page;
}

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('waiting lists and signals', () => {
  it('puts a family on a waiting list with bridging help, and reports a signal with suppression', async () => {
    const page = await signInAs('Mira Claes');
    await page.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.getByRole('link', { name: /Fatima El Amrani/ }).click();
    await page.getByRole('link', { name: 'Wachtlijsten' }).click();
    const waiting = page.getByRole('region', { name: 'Wachtlijsten' });
    await waiting.getByText('Het gezin staat op geen enkele wachtlijst.').waitFor();

    await waiting.getByLabel('Zoek de dienst op de sociale kaart').fill('Tuimelwerking');
    await waiting.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await waiting.getByRole('button', { name: 'Kies Tuimelwerking (CKG)' }).click();
    await waiting.getByText(/^Gekozen dienst: Tuimelwerking \(CKG\)/).waitFor();
    await waiting.getByLabel('Verwachte wachttijd in weken (niet verplicht)').fill('8');
    await waiting.getByRole('button', { name: 'Op de wachtlijst zetten' }).click();
    await expect
      .poll(() => waiting.getByRole('status').first().textContent())
      .toBe('Het gezin staat op de wachtlijst van Tuimelwerking (CKG).');
    const card = waiting.getByRole('article', { name: /Tuimelwerking \(CKG\)/ });
    expect(spaced(await card.textContent())).toContain('De dienst verwacht ongeveer 8 weken');

    // The first-line psychologist bridges the wait.
    await card.getByRole('button', { name: 'Overbruggingshulp noteren' }).click();
    await card.getByLabel('Soort hulp').selectOption({ label: 'Eerstelijnspsycholoog' });
    await card
      .getByLabel('Wie geeft de hulp? (naam, als de dienst niet op de sociale kaart staat)')
      .fill('Eerstelijnspsycholoog Hasselt');
    await card.getByRole('button', { name: 'Overbruggingshulp bewaren' }).click();
    await card
      .getByText(/^Eerstelijnspsycholoog — Eerstelijnspsycholoog Hasselt, vanaf /)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A signal: the housing problem, without the family.
    const signals = page.getByRole('region', { name: 'Signalen' });
    await signals.getByLabel('Soort probleem').selectOption({ label: 'Wonen' });
    await signals
      .getByLabel('Wat zie je? (kort, zonder namen)')
      .fill('Geen betaalbare huurwoning voor een alleenstaande mama met een baby.');
    await signals.getByRole('button', { name: 'Signaal bewaren' }).click();
    await expect
      .poll(() => signals.getByRole('status').first().textContent())
      .toBe('Het signaal is bewaard.');
    await signals
      .getByRole('listitem')
      .filter({ hasText: 'Geen betaalbare huurwoning voor een alleenstaande mama met een baby.' })
      .getByText(/^Wonen — /)
      .waitFor();

    // Karen's report: one signal is fewer than five; it shows as "<5", and so does Limburg's
    // total, so that nothing gives it away.
    const karen = await signInAs('Karen Dewitte');
    await karen.getByRole('link', { name: 'Signalen' }).click();
    await karen.getByRole('heading', { name: 'Signalen aan het beleid' }).waitFor();
    const table = karen.getByRole('table', { name: /^Signalen per soort probleem en regio/ });
    await table.waitFor();
    const housing = table.getByRole('row', { name: /^Wonen/ });
    expect(spaced(await housing.textContent())).toContain('<5');
    expect(spaced(await housing.textContent())).not.toContain('1');
    const totals = table.getByRole('row', { name: /^Totaal/ });
    expect(spaced(await totals.textContent())).not.toMatch(/\b1\b/);
    await karen.getByRole('link', { name: 'Download als CSV' }).waitFor();
    expect(await axeViolations(karen)).toEqual([]);
  });
});
