/**
 * Home visits planned by the family, in a real browser: Mira offers a free moment from the case
 * file; Fatima, on her phone, chooses to be visited every two weeks, picks the moment and says
 * what she wants to talk about; Mira sees it marked as the family's and confirms; Fatima sees the
 * visit confirmed with a link for her calendar, which answers an iCalendar file. Axe finds nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  deskPage,
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

/** Ten in the morning, three days from now, as a datetime-local field holds it. */
function inThreeDays(): string {
  const day = new Date(Date.now() + 3 * 86_400_000);
  return `${day.toISOString().slice(0, 10)}T10:00`;
}

describe('home visits', () => {
  it('lets the family pick its coordinator’s free moment, and the coordinator confirm it', async () => {
    const desk = await deskPage(browser);
    await signInAs(desk, 'Mira Claes');
    await desk.getByRole('link', { name: 'Mijn dossiers' }).click();
    await desk
      .getByRole('link', { name: /Fatima El Amrani/ })
      .first()
      .click();
    const visits = desk.getByRole('region', { name: 'Huisbezoeken' });
    await visits.getByRole('heading', { name: 'Jouw vrije momenten voor huisbezoeken' }).waitFor();
    await visits.getByLabel('Dag en uur').fill(inThreeDays());
    await visits.getByRole('button', { name: 'Bied dit moment aan' }).click();
    await expect.poll(() => visits.getByRole('status').last().textContent()).toBe('Aangeboden.');
    expect(await axeViolations(desk)).toEqual([]);

    const phone = await phonePage();
    await signInAs(phone, 'Fatima El Amrani');
    await phone.waitForURL((url) => url.pathname === '/ons-gezin');
    const ours = phone.getByRole('region', { name: 'Onze afspraken' });
    await ours
      .getByLabel('Hoe vaak willen jullie een huisbezoek?')
      .selectOption({ label: 'Om de 2 weken' });
    await ours.getByRole('button', { name: 'Bewaar hoe vaak' }).click();
    await expect
      .poll(() => ours.getByRole('status').textContent())
      .toBe('Bewaard. Jullie contactpersoon ziet het.');
    // Without a moment, the page says what to do and sends nothing.
    await ours.getByRole('button', { name: 'Vraag dit huisbezoek' }).click();
    await ours.getByText('Kies eerst een moment').waitFor();
    await ours.getByRole('radio', { name: /10:00/ }).first().check();
    await ours
      .getByLabel('Waarover willen jullie praten? (Dit mag leeg blijven.)')
      .fill('De slaap van Noor.');
    await ours.getByRole('button', { name: 'Vraag dit huisbezoek' }).click();
    await expect
      .poll(() => ours.getByRole('status').textContent())
      .toBe('Jullie vraag is verstuurd. Mira Claes laat weten of het past.');
    await ours.getByText('gevraagd, wacht op antwoord').waitFor();
    expect(await axeViolations(phone)).toEqual([]);

    await desk.reload();
    const asked = desk.getByRole('region', { name: 'Huisbezoeken' });
    await asked.getByText('Fatima El Amrani wil praten over: De slaap van Noor.').waitFor();
    await asked.getByText(/koos: een huisbezoek om de 2/).waitFor();
    await asked.getByRole('button', { name: 'Bevestig' }).click();
    await asked.getByRole('link', { name: 'Zet in mijn agenda (.ics)' }).waitFor();
    expect(await axeViolations(desk)).toEqual([]);

    await phone.reload();
    const confirmed = phone.getByRole('region', { name: 'Onze afspraken' });
    await confirmed.getByText('bevestigd', { exact: false }).first().waitFor();
    const calendar = confirmed.getByRole('link', { name: 'Zet in mijn agenda' });
    const href = (await calendar.getAttribute('href')) ?? '';
    const ics = await phone.request.get(`${server.url}${href}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toMatch(/LOCATION:Bij jullie thuis/);
    expect(await axeViolations(phone)).toEqual([]);
  });
});
