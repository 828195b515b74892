/**
 * From the care table to the plan and its evaluation, as a coordinator works: Mira plans the
 * care table of a Zorggarantie case within its 48 hours with two experts of the pool and the
 * mother, records it as held (the task is gone: the service level is met), turns two decisions
 * into goals, writes Plan A/B/C with an action, and six weeks later — the clock moved — evaluates
 * with the mother's score, compares versions side by side and prints the family plan, whose text
 * is read back in Dutch and in Arabic; then closes the case with the outcome per goal and reads
 * the closing letter. Axe finds nothing on any page.
 */
import type { Browser, Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskPage, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { typeDate } from './support/dates.ts';

const DAY = 24 * 3600_000;
let shift = 0;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(() => new Date(Date.now() + shift), { demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

async function signInAsMira(page: Page): Promise<void> {
  await page.goto(`${server.url}/aanmelden`);
  await page.getByRole('button', { name: 'Inloggen als Mira Claes' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
}

async function pdfText(page: Page, path: string): Promise<string> {
  const response = await page.request.get(`${server.url}${path}`);
  expect(response.status()).toBe(200);
  const { text } = await extractText(new Uint8Array(await response.body()), { mergePages: true });
  return text;
}

describe('the care plan', () => {
  it('goes from a care table held to Plan A/B/C, an evaluation six weeks on, and the family plan on paper', async () => {
    const page = await deskPage(browser);
    await signInAsMira(page);
    await page.getByRole('link', { name: 'Mijn taken' }).click();
    await page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
    const careTableTask = page.getByRole('listitem').filter({ hasText: 'Zorgtafel houden' });
    await careTableTask.getByRole('link', { name: /Nathalie Janssens/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await careTableTask.getByRole('link', { name: /Nathalie Janssens/ }).click();

    // The care table, an hour ago, with the mother and two experts of the pool.
    const table = page.getByRole('region', { name: 'Zorgtafel' });
    await table.getByRole('button', { name: 'Een zorgtafel plannen' }).click();
    const anHourAgo = await page.evaluate(() => {
      const d = new Date(Date.now() - 3600_000);
      d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
      return d.toISOString().slice(0, 16);
    });
    await table
      .getByLabel('Waarover gaat de zorgtafel?')
      .fill('Samen afspreken hoe Lou veilig thuis kan blijven.');
    await table.getByLabel('Wanneer').fill(anHourAgo);
    const experts = table.getByRole('group', { name: 'Experts uit de pool' });
    await experts.getByRole('checkbox', { name: /Koen Moens/ }).check();
    await experts.getByRole('checkbox', { name: /Annelies Vranken/ }).check();
    await table.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
    await expect
      .poll(() => table.getByRole('status').first().textContent())
      .toBe('De zorgtafel is gepland; de uitnodigingen zijn verstuurd.');
    const card = table.getByRole('article');
    await card.getByRole('button', { name: 'De zorgtafel is gehouden' }).click();
    await card.getByRole('heading', { name: /gehouden$/ }).waitFor();
    for (const decision of [
      'Oma vangt Lou op als het thuis spant.',
      'Nathalie gaat elke week naar de praatgroep.',
    ]) {
      await card.getByLabel('Een nieuwe beslissing').fill(decision);
      await card.getByRole('button', { name: 'Beslissing toevoegen' }).click();
    }
    await card.getByRole('button', { name: 'Verslag bewaren' }).click();
    await expect.poll(() => table.getByRole('status').first().textContent()).toBe('Bewaard.');

    // Two decisions become goals, each in one step.
    const made = card.getByRole('button', { name: 'Maak er een doel van in het plan' });
    await made.first().click();
    await card.getByText('De beslissing staat nu als doel in het plan (versie 1).').waitFor();
    await made.first().click();
    await card.getByText('De beslissing staat nu als doel in het plan (versie 2).').waitFor();
    expect(await card.getByRole('link', { name: 'Staat als doel in het plan' }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    // Held within 48 hours: the care table is no longer a task.
    await page.getByRole('link', { name: 'Mijn taken' }).click();
    await page.getByRole('heading', { name: 'Mijn taken' }).waitFor();
    await page.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page
      .getByRole('link', { name: /Nathalie Janssens/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Plan (doelen, Plan A/B/C, evaluatie)' }).click();

    // The plan: an action for the first goal, and Plan A, B and C.
    await page.getByRole('heading', { name: /^Plan van/ }).waitFor();
    await page.getByText('Versie 2.').waitFor();
    const firstGoal = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: /^Doel 1/ }),
    });
    await firstGoal.getByRole('button', { name: 'Actie toevoegen' }).click();
    await firstGoal.getByLabel('Wat gebeurt er?').fill('Oma Marleen bellen als het thuis spant.');
    const routes = page.getByRole('region', { name: 'Plan A, Plan B en Plan C' });
    await routes
      .getByRole('group', { name: /^Plan A/ })
      .getByLabel('Wat houdt dit plan in?')
      .fill('Lou blijft thuis; oma Marleen is het vangnet.');
    await routes
      .getByRole('group', { name: /^Plan A/ })
      .getByLabel('Wanneer gaan we over naar Plan B?')
      .fill('Als oma Lou niet meer kan opvangen.');
    await routes
      .getByRole('group', { name: /^Plan B/ })
      .getByLabel('Wat houdt dit plan in?')
      .fill('Lou gaat een tijdje naar het CKG, Nathalie komt elke dag.');
    await routes
      .getByRole('group', { name: /^Plan C/ })
      .getByLabel('Wat houdt dit plan in?')
      .fill('Pleegzorg in het netwerk, met bezoek.');
    await page.getByRole('button', { name: 'Plan bewaren (wordt versie 3)' }).click();
    await page.getByText('Het plan is bewaard als versie 3.').waitFor();
    await page.getByText('Nu loopt Plan A.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Six weeks and a day later, the evaluation is overdue on the task list.
    shift = 43 * DAY;
    const later = new Date(Date.now() + shift);
    const laterDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      later,
    );
    await signInAsMira(page);
    await page.getByRole('link', { name: 'Mijn taken' }).click();
    const evaluationTask = page
      .getByRole('listitem')
      .filter({ hasText: 'Plan evalueren' })
      .filter({ hasText: 'Nathalie Janssens' });
    await evaluationTask.getByText('te laat').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await evaluationTask.getByRole('link', { name: /Nathalie Janssens/ }).click();
    await page.getByText('Versie 3.').waitFor();
    await page.getByRole('checkbox', { name: 'Gedaan' }).check();
    await typeDate(page, 'Datum van de evaluatie', laterDate);
    await page
      .getByRole('group', { name: /^Doel 1:/ })
      .getByLabel('Beter')
      .check();
    await page
      .getByRole('group', { name: /^Doel 2:/ })
      .getByLabel('Hetzelfde')
      .check();
    await page.getByLabel('Score van jezelf').fill('6');
    await page.getByLabel('Score van Nathalie Janssens').fill('7');
    await page
      .getByLabel('Wat verandert er vanaf nu?')
      .fill('Oma springt minder vaak in; de praatgroep blijft.');
    await page.getByRole('button', { name: 'Evaluatie bewaren (wordt versie 4)' }).click();
    await page.getByText('De evaluatie is bewaard; het plan is nu versie 4.').waitFor();
    await page.getByText(/Volgende evaluatie: .+ \(om de 6 weken\)\./).waitFor();

    // Versions 1 and 2 side by side: the second goal came; 3 and 4: the action was done.
    const versions = page.getByRole('region', { name: 'Versies' });
    await versions.getByLabel('Vergelijk versie').selectOption('1');
    await versions.getByLabel('met versie').selectOption('2');
    await versions.getByRole('button', { name: 'Vergelijken' }).click();
    const diff = versions.getByRole('table', { name: 'Versie 1 naast versie 2' });
    await diff.getByRole('rowheader', { name: /Doel \(nieuw\)/ }).waitFor();
    await diff.getByRole('cell', { name: 'Nathalie gaat elke week naar de praatgroep.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await versions.getByLabel('Vergelijk versie').selectOption('3');
    await versions.getByLabel('met versie').selectOption('4');
    await versions.getByRole('button', { name: 'Vergelijken' }).click();
    await versions
      .getByRole('table', { name: 'Versie 3 naast versie 4' })
      .getByRole('rowheader', { name: /Actie \(gewijzigd\) gedaan/ })
      .waitFor();

    // The family plan on paper, in Dutch and in Arabic.
    const link = page.getByRole('link', { name: 'Gezinsplan afdrukken (PDF)' });
    const href = (await link.getAttribute('href')) ?? '';
    const dutch = await pdfText(page, href);
    for (const expected of [
      'Ons gezinsplan',
      'Oma vangt Lou op als het thuis spant.',
      'Oma Marleen bellen als het thuis spant.',
      'Lou blijft thuis; oma Marleen is het vangnet.',
      'Mira Claes',
    ])
      expect(dutch).toContain(expected);
    const arabic = await pdfText(page, `${href}?language=ar`);
    for (const expected of ['خطة عائلتنا', 'أهدافنا', 'شخص الاتصال', 'Mira Claes'])
      expect(arabic).toContain(expected);

    // Closing with the family: how each goal went; the letter says how long the file is kept.
    const closing = page.getByRole('region', { name: 'De begeleiding afsluiten' });
    await closing.getByLabel('Waarom stopt de begeleiding?').selectOption('goals_reached');
    await closing
      .getByRole('group', { name: /^Doel 1:/ })
      .getByLabel('Bereikt', { exact: true })
      .check();
    await closing
      .getByRole('group', { name: /^Doel 2:/ })
      .getByLabel('Deels bereikt')
      .check();
    await closing.getByRole('button', { name: 'De begeleiding afsluiten' }).click();
    await page.getByRole('button', { name: 'Ja, afsluiten' }).click();
    const closed = page.getByRole('region', { name: 'De begeleiding is afgesloten' });
    await closed.getByText(/Het dossier wordt 10 jaar bewaard/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const letter = await pdfText(
      page,
      (await closed
        .getByRole('link', { name: 'Afsluitbrief voor het gezin (PDF)' })
        .getAttribute('href')) ?? '',
    );
    expect(letter).toContain('Jullie begeleiding is afgerond');
    expect(letter).toContain('Oma vangt Lou op als het thuis spant. — bereikt');
  });
});
