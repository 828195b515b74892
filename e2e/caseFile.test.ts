/**
 * The case coordinator in the case file of a worrying pregnancy taken up from a referral: the
 * family as the referral gave it, the birth recorded and the programme's window counted from it,
 * a parent added with the keyboard alone. Axe finds nothing on the page.
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
});
