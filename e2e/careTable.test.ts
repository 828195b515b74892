/**
 * The case coordinator plans the care table of a Zorggarantie case near the parents, with the
 * mother and the grandmother the family agreed to involve, records the grandmother's reply, then
 * records the table as held — which meets the 48-hour service level of the referral — with a
 * decision and an agreement the mother confirms. Axe finds nothing on the page.
 */
import type { Browser } from 'playwright-core';
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

describe('the care table', () => {
  it('is planned with the family and their network, held, and its agreement confirmed', async () => {
    const page = await deskPage(browser);
    await page.goto(`${server.url}/aanmelden`);
    await page.getByRole('button', { name: 'Inloggen als Mira Claes' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
    await page.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.getByRole('heading', { name: 'Mijn dossiers' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('link', { name: /Nathalie Janssens/ })
      .first()
      .click();
    const table = page.getByRole('region', { name: 'Zorgtafel' });
    await table.getByRole('button', { name: 'Een zorgtafel plannen' }).click();

    // Planned for an hour ago: the table took place this morning, it is recorded now.
    const anHourAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 3600_000);
      d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
      return d.toISOString().slice(0, 16);
    });
    await table.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
    await table.getByText('Schrijf waarover de zorgtafel gaat.').waitFor();
    await table
      .getByLabel('Waarover gaat de zorgtafel?')
      .fill('Samen afspreken hoe Lou veilig thuis kan blijven.');
    await table.getByLabel('Wanneer').fill(anHourAgo);
    // Near the parents: a CKG they know, found on the social map.
    await table.getByLabel('Een plek van de sociale kaart (bv. een CKG)').check();
    await table.getByLabel('Zoek de dienst op de sociale kaart').fill('CKG');
    await page.keyboard.press('Enter');
    const site = table.getByRole('button', { name: /^Kies / }).first();
    await site.waitFor();
    await site.click();
    const where = await table.getByLabel('Welke plek').inputValue();
    expect(where).toMatch(/\(.+\)$/);
    // The neighbour the mother does not want involved is not offered at all.
    expect(await table.getByRole('checkbox', { name: /Buurman Dirk/ }).count()).toBe(0);
    await table
      .getByLabel('E-mailadres van Nathalie Janssens (mag leeg)')
      .fill('nathalie@voorbeeld.be');
    await table.getByRole('checkbox', { name: /Oma Marleen/ }).check();
    await table
      .getByLabel('E-mailadres van Oma Marleen (grootmoeder (mama van Nathalie)) (mag leeg)')
      .fill('marleen@voorbeeld.be');
    // Two experts from the programme's pool, the best match for this family first.
    const experts = table.getByRole('group', { name: 'Experts uit de pool' });
    await expect
      .poll(async () =>
        (await experts.locator('.participant-choice label').first().textContent())?.trim(),
      )
      .toBe('Koen Moens (Woonwinkel (demo))');
    await experts.getByRole('checkbox', { name: /Koen Moens/ }).check();
    await experts.getByRole('checkbox', { name: /Annelies Vranken/ }).check();
    await table.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
    await expect
      .poll(() => table.getByRole('status').first().textContent())
      .toBe('De zorgtafel is gepland; de uitnodigingen zijn verstuurd.');
    const card = table.getByRole('article');
    await card.getByText(where).waitFor();
    await card.getByRole('heading', { name: /gepland$/ }).waitFor();
    await card.getByRole('rowheader', { name: /Koen Moens — expert/ }).waitFor();
    await card.getByLabel('Antwoord van Oma Marleen').selectOption('accepted');
    await expect.poll(() => table.getByRole('status').first().textContent()).toBe('Bewaard.');
    expect(await axeViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'De zorgtafel is gehouden' }).click();
    await card.getByRole('heading', { name: /gehouden$/ }).waitFor();
    await card.getByLabel('Wat werd er besproken').fill('Mama en oma vertelden hoe het gaat.');
    await card.getByLabel('Een nieuwe beslissing').fill('Oma vangt Lou op als het thuis spant.');
    await card.getByRole('button', { name: 'Beslissing toevoegen' }).click();
    await card.getByLabel('Een nieuwe afspraak').fill('Mama belt oma als het misloopt.');
    await card.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await card.getByRole('button', { name: 'Verslag bewaren' }).click();
    await expect.poll(() => table.getByRole('status').first().textContent()).toBe('Bewaard.');
    await card.getByRole('button', { name: 'Nathalie Janssens is akkoord' }).click();
    await card.getByText(/Nathalie Janssens is akkoord \(genoteerd door Mira Claes/).waitFor();
    await page.reload();
    await page
      .getByRole('region', { name: 'Zorgtafel' })
      .getByText('Oma vangt Lou op als het thuis spant.')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
