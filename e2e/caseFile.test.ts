/**
 * The case coordinator in the case file of a worrying pregnancy taken up from a referral: the
 * family as the referral gave it, the birth recorded and the programme's window counted from it,
 * a parent added with the keyboard alone; then two people of the network added by keyboard, the
 * 0–10 scale scored by the coordinator and, separately, by a parent, the trend and the timeline.
 * Axe finds nothing on the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskPage, launchBrowser } from './support/browser.ts';
import { typeDate } from './support/dates.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Tuesday 24 November 2026, 10:30 in Brussels.
const start = new Date('2026-11-24T09:30:00Z').getTime();
const began = Date.now();
const clock = () => new Date(start + (Date.now() - began));

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(clock, { demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the family in the case file', () => {
  it('records the birth and adds a parent, by keyboard, and says what moved', async () => {
    const page = await deskPage(browser);
    await page.goto(`${server.url}/aanmelden`);
    await page.getByRole('button', { name: 'Inloggen als Jan Goossens' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
    await page.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.getByRole('heading', { name: 'Mijn dossiers' }).waitFor();
    await page.locator('.case-list a').first().click();
    const family = page.getByRole('region', { name: 'Het gezin' });
    await family.getByRole('table').waitFor();
    // What the referral said: the mother, and the baby still to be born.
    await family.getByRole('rowheader', { name: 'Baby, nog niet geboren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Naam van het kind (mag leeg)').fill('Noor');
    await typeDate(page, 'Geboortedatum', '2026-11-23');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Geboorte noteren');
    await page.keyboard.press('Enter');
    const status = family.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^De geboorte is genoteerd\./);
    expect(await status.textContent()).toMatch(/van in de buik.* loopt nu tot 23 november 2026/);
    await family.getByRole('rowheader', { name: 'Noor' }).waitFor();
    expect(await family.getByRole('heading', { name: 'De baby is geboren' }).count()).toBe(0);

    // A father added with the keyboard alone: to the name, type, to the role, choose, Enter.
    await page.getByLabel('Naam, of hoe het gezin deze persoon noemt').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Vul een naam in, of hoe het gezin deze persoon noemt.').waitFor();
    await page.keyboard.type('Tom');
    await page.keyboard.press('Tab');
    await page.keyboard.press('v');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await family.getByRole('rowheader', { name: 'Tom' }).waitFor();
    expect(
      await family.getByRole('row', { name: /Tom/ }).getByRole('cell').first().textContent(),
    ).toBe('Vader');
    await expect.poll(() => status.textContent()).toBe('Opgeslagen.');

    // A member changed in place: the child's full name.
    await family.getByRole('button', { name: 'Wijzig Noor' }).click();
    await family.getByLabel('Naam van het kind (mag leeg)').fill('Noor Bamba');
    await family.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await family.getByRole('rowheader', { name: 'Noor Bamba' }).waitFor();

    // The family's own details: what they want to be called, and an interpreter.
    await page.getByLabel('Hoe het gezin genoemd wil worden').fill('Sanne en Tom');
    await page.getByLabel('Postcode').fill('35OO');
    await page.getByLabel('Een tolk is nodig').check();
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await page.getByText('Een Belgische postcode heeft vier cijfers.').waitFor();
    await page.getByLabel('Postcode').fill('3500');
    await page.getByRole('button', { name: 'Gegevens bewaren' }).click();
    await expect
      .poll(() => page.getByText('Een Belgische postcode heeft vier cijfers.').count())
      .toBe(0);
    await page.reload();
    await family.getByRole('rowheader', { name: 'Tom' }).waitFor();
    expect(await page.getByLabel('Hoe het gezin genoemd wil worden').inputValue()).toBe(
      'Sanne en Tom',
    );
    expect(await page.getByLabel('Een tolk is nodig').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds two people to the network by keyboard, scores the scale apart, shows trend and timeline', async () => {
    const page = await deskPage(browser);
    await page.goto(`${server.url}/aanmelden`);
    await page.getByRole('button', { name: 'Inloggen als Jan Goossens' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
    await page.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.locator('.case-list a').first().click();
    const network = page.getByRole('region', { name: 'Het netwerk (ecogram)' });
    const add = network.getByRole('button', { name: 'Iemand toevoegen aan het netwerk' });
    await add.waitFor();

    // Rita, the grandmother: strong support, the family agrees. Keyboard only, field by field.
    await add.focus();
    await page.keyboard.press('Enter');
    const name = network.getByLabel('Naam', { exact: true });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(false);
    await name.focus();
    await page.keyboard.type('Rita');
    await page.keyboard.press('Tab');
    await page.keyboard.type('grootmoeder');
    await page.keyboard.press('Tab'); // kind of tie: Familie (already)
    await page.keyboard.press('Tab');
    await page.keyboard.press('s'); // Sterke steun
    await page.keyboard.press('Tab'); // phone
    await page.keyboard.type('0470 12 34 56');
    await page.keyboard.press('Tab'); // e-mail
    await page.keyboard.press('Tab');
    await page.keyboard.press('j'); // Ja, het gezin is akkoord
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await network.getByRole('rowheader', { name: 'Rita' }).waitFor();

    // Buurman Jef: a strained tie, and the family does not want him involved.
    await add.focus();
    await page.keyboard.press('Enter');
    await name.focus();
    await page.keyboard.type('Buurman Jef');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('b'); // Buur
    await page.keyboard.press('Tab');
    await page.keyboard.press('m'); // Moeizaam
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('n'); // Nee
    await page.keyboard.press('Tab');
    await page.keyboard.type('Liever niet.');
    await page.keyboard.press('Enter');
    const jef = network.getByRole('row', { name: /Buurman Jef/ });
    await jef.waitFor();
    expect(await jef.textContent()).toContain('Nee, het gezin wil dit niet (Liever niet.)');
    // The same people in the picture, each a button to the same form.
    await network.getByRole('button', { name: /^Rita grootmoeder.*steun: Sterke steun/ }).waitFor();
    await network.getByRole('button', { name: /^Buurman Jef Buur.*steun: Moeizaam/ }).waitFor();
    expect(await network.locator('.react-flow__edge.strained').count()).toBe(1);
    // The picture leaves as an image, SVG and PNG.
    for (const [button, file] of [
      ['Download als SVG', 'ecogram.svg'],
      ['Download als PNG', 'ecogram.png'],
    ] as const) {
      const download = page.waitForEvent('download');
      await network.getByRole('button', { name: button }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(file);
      const path = await saved.path();
      const { size } = await import('node:fs/promises').then((fs) => fs.stat(path));
      expect(size).toBeGreaterThan(1000);
    }

    // A service from the social map, found by a few words and chosen.
    await add.click();
    await network.getByLabel('Soort band').selectOption('service');
    await network.getByLabel('Zoek de dienst op de sociale kaart').fill('vroedvrouw');
    await page.keyboard.press('Enter');
    const choose = network.getByRole('button', { name: /^Kies / }).first();
    await choose.waitFor();
    const service = ((await choose.textContent()) ?? '').replace(/^Kies /, '');
    await choose.click();
    expect(await network.getByLabel('Naam', { exact: true }).inputValue()).toBe(service);
    await network.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await network.getByRole('rowheader', { name: service }).waitFor();

    // The scale: the coordinator's own score, and Tom's, each kept under their own name.
    const scale = page.getByRole('region', { name: 'Schaal van 0 tot 10' });
    await scale.getByLabel('Score', { exact: true }).selectOption('4');
    await scale.getByRole('button', { name: 'Score bewaren' }).click();
    await expect.poll(() => scale.getByRole('status').textContent()).toContain('De score 4');
    await scale.getByLabel('Wie geeft de score').selectOption({ label: 'Tom' });
    await scale.getByLabel('Score', { exact: true }).selectOption('7');
    await scale.getByLabel('Waarom dit getal (mag leeg)').fill('Oma Rita helpt elke dag.');
    await scale.getByRole('button', { name: 'Score bewaren' }).click();
    const tom = scale.getByRole('row', { name: /^Tom/ });
    await tom.waitFor();
    expect(await tom.textContent()).toContain('7');
    expect(await tom.textContent()).toContain('genoteerd door Jan Goossens');
    expect(await scale.getByRole('row', { name: /^Jan Goossens/ }).textContent()).toContain('4');
    // The trend: one line per person, named in the legend.
    const trend = scale.getByRole('figure', { name: /Het verloop van de scores/ });
    await trend.locator('.recharts-legend-item').first().waitFor();
    expect(await trend.locator('.recharts-legend-item').allTextContents()).toEqual([
      'Jan Goossens',
      'Tom',
    ]);

    // The timeline: what happened, newest first, and a home visit recorded for the family too.
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText('Score 7 van Tom').waitFor();
    await timeline.getByText('Netwerk gewijzigd').first().waitFor();
    await timeline.getByLabel('Wat', { exact: true }).selectOption('home_visit');
    await timeline.getByLabel('Wat er gebeurde of besproken werd').fill('Huisbezoek met oma Rita.');
    await timeline.getByLabel('Ook het gezin').check();
    await timeline.getByRole('button', { name: 'Noteren' }).click();
    await timeline.getByText('Huisbezoek met oma Rita.').waitFor();
    for (const kind of ['Score gegeven', 'Netwerk gewijzigd'])
      await timeline.getByRole('group', { name: 'Toon' }).getByLabel(kind).uncheck();
    await expect.poll(() => timeline.getByText('Score 7 van Tom').count()).toBe(0);
    expect(await timeline.getByText('Huisbezoek met oma Rita.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps what was typed through a closed tab, and merges two versions instead of overwriting', async () => {
    // Two devices: this one, and a colleague's (each keeps its own copies).
    const device = async () => {
      const context = await browser.newContext({ locale: 'nl-BE' });
      const signIn = await context.newPage();
      await signIn.goto(`${server.url}/aanmelden`);
      await signIn.getByRole('button', { name: 'Inloggen als Jan Goossens' }).click();
      await signIn.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
      await signIn.close();
      return context;
    };
    const context = await device();
    const other = await device();
    const open = async (on = context) => {
      const page = await on.newPage();
      await page.goto(`${server.url}/dossiers`);
      await page.locator('.case-list a').first().click();
      await page.getByRole('region', { name: 'Zorgen, krachten en wat moet gebeuren' }).waitFor();
      return page;
    };

    // A strength added, not saved yet, and the tab closed.
    let mine = await open();
    const strengths = (page: typeof mine) =>
      page.getByRole('region', { name: 'Zorgen, krachten en wat moet gebeuren' });
    await strengths(mine).getByLabel('Een nieuwe zin').nth(3).fill('Tom kookt elke avond.');
    await strengths(mine).getByRole('button', { name: 'Toevoegen aan Krachten' }).click();
    await strengths(mine).getByText('Nog niet bewaard.').waitFor();
    await mine.close();

    // Meanwhile, on the other device, another strength is saved.
    const theirs = await open(other);
    await strengths(theirs).getByLabel('Een nieuwe zin').nth(3).fill('Oma Rita past op.');
    await strengths(theirs).getByRole('button', { name: 'Toevoegen aan Krachten' }).click();
    await strengths(theirs).getByRole('button', { name: 'Zorgen en krachten bewaren' }).click();
    await expect.poll(() => strengths(theirs).getByRole('status').textContent()).toBe('Bewaard.');
    await theirs.close();

    // Back: the kept change comes back as one side of a merge, nothing overwritten.
    mine = await open();
    const merge = strengths(mine).getByRole('form', { name: 'Twee versies samenvoegen' });
    await merge.waitFor();
    expect(await merge.textContent()).toContain('Oma Rita past op.');
    expect(await merge.textContent()).toContain('Tom kookt elke avond.');
    expect(await axeViolations(mine)).toEqual([]);
    await merge.getByRole('button', { name: 'Samenvoegen en bewaren' }).click();
    await expect.poll(() => strengths(mine).getByRole('status').textContent()).toBe('Bewaard.');
    await mine.reload();
    const list = strengths(mine).getByRole('list', { name: 'Krachten' });
    await list.waitFor();
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Oma Rita past op.'),
      expect.stringContaining('Tom kookt elke avond.'),
    ]);
    await context.close();
    await other.close();
  });
});
