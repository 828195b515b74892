/**
 * Nothing typed is lost on the referral form: text typed quickly and the tab closed at once
 * reaches the server (a keep-alive save as the page goes); a text over the limit is shown with
 * its count and a message at the field, kept on this device, while the other fields go on being
 * saved; the save state says what is true.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations } from '../packages/server/src/platform/db/schema.ts';
import { referrals } from '../packages/server/src/kernel/tables/caseSchema.ts';
import { totpCode } from '../packages/server/src/modules/auth/totp.ts';
import { createPerson, PASSWORD, type Person } from '../packages/server/test/support/people.ts';
import { axeViolations, launchBrowser } from './support/browser.ts';
import { typeDate } from './support/dates.ts';
import { nextStep, steps } from './support/steps.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let kindEnGezin = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const [kg] = await server.database.db
    .select()
    .from(organizations)
    .where(eq(organizations.key, 'kind-en-gezin'));
  kindEnGezin = kg?.id ?? '';
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** A nurse of her own for each test: each signs in once, with the code of this moment. */
async function signedIn(
  name: string,
): Promise<{ context: BrowserContext; page: Page; referrer: Person }> {
  const referrer: Person = await createPerson(server.database.db, {
    role: 'first_line',
    organizationId: kindEnGezin,
    name,
    now: new Date(),
  });
  const context = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  const page = await context.newPage();
  await page.goto(`${server.url}/aanmelden`);
  await page.getByLabel('E-mailadres').fill(referrer.email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(referrer.totpSecret, new Date()));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation', { name: 'Account' }).getByText(name).waitFor();
  return { context, page, referrer };
}

/** The empty form: nothing is stored until the first change. */
async function newReferral(page: Page): Promise<void> {
  await page.goto(`${server.url}/aanmeldingen/nieuw`);
  await page.getByRole('link', { name: 'Aanmelden bij Zorggarantie Jonge Kind Limburg' }).click();
  await page.getByRole('heading', { name: /Aanmelding voor Zorggarantie/ }).waitFor();
}

/** The referrer's referrals on the server, as stored. */
function referralsOf(referrer: Person) {
  return server.database.db
    .select()
    .from(referrals)
    .where(eq(referrals.referrerUserId, referrer.id));
}

/** The one draft the first change stored. */
async function storedDraft(referrer: Person): Promise<string> {
  await expect.poll(async () => (await referralsOf(referrer)).length, { timeout: 10_000 }).toBe(1);
  const [row] = await referralsOf(referrer);
  return row?.id ?? '';
}

async function contentOnServer(id: string) {
  const [row] = await server.database.db.select().from(referrals).where(eq(referrals.id, id));
  if (row === undefined) throw new Error('referral missing');
  return row.content;
}

describe('the referral form keeps what is typed', () => {
  it('saves text typed quickly when the tab is closed at once', async () => {
    const { context, page, referrer } = await signedIn('Kato Verpleeg');
    await newReferral(page);
    // Choosing the programme stored nothing yet.
    expect(await referralsOf(referrer)).toHaveLength(0);
    await nextStep(page, steps.concern);
    await page.getByLabel('Welk gedrag zie je?').fill('Snel getypt en meteen weg.');
    // The state says the truth: not yet "saved" before the server has it.
    expect(await page.getByRole('status').filter({ hasText: 'Bewaard om' }).count()).toBe(0);
    await page.close({ runBeforeUnload: true });
    const id = await storedDraft(referrer);
    await expect
      .poll(async () => (await contentOnServer(id)).concern.behaviour, { timeout: 10_000 })
      .toBe('Snel getypt en meteen weg.');
    await context.close();
  });

  it('shows the limit, keeps a text over it on this device, and saves the other fields', async () => {
    const { context, page, referrer } = await signedIn('Kim Vroedvrouw');
    await newReferral(page);
    await nextStep(page, steps.concern);
    await page.getByLabel('Welk gedrag zie je?').fill('x'.repeat(10_000));
    await page.getByText('10.000 van 5.000 tekens').waitFor();
    await page
      .locator('#concern-behaviour-error')
      .getByText('5.000 tekens te veel', { exact: false })
      .waitFor();
    expect(await page.getByLabel('Welk gedrag zie je?').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Welke krachten zijn er?').fill('Een grootmoeder die helpt.');
    const id = await storedDraft(referrer);
    // The address became the draft's own: opened again, it is the same draft.
    await page.waitForURL(`**/aanmeldingen/${id}/bewerken?stap=zorg`);
    await expect
      .poll(async () => (await contentOnServer(id)).concern.strengths, { timeout: 10_000 })
      .toBe('Een grootmoeder die helpt.');
    await page.getByText(/^Bewaard om \d\d:\d\d\. Eén veld is nog niet bewaard/).waitFor();
    const saved = await contentOnServer(id);
    expect(saved.concern.behaviour).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    // Opened again on this device: the long text is still there, to be shortened.
    await page.reload();
    await page
      .getByText('We vonden een niet-bewaarde versie op dit toestel', { exact: false })
      .waitFor();
    expect((await page.getByLabel('Welk gedrag zie je?').inputValue()).length).toBe(10_000);
    await page.getByLabel('Welk gedrag zie je?').fill('Kort en duidelijk.');
    await page.getByText(/^Bewaard om \d\d:\d\d\.$/).waitFor();
    expect((await contentOnServer(id)).concern.behaviour).toBe('Kort en duidelijk.');
    await context.close();
  });

  it('says at the field that a postal code does not exist, while typing', async () => {
    const { context, page } = await signedIn('Kaat Consulent');
    await newReferral(page);
    await page.getByLabel('Postcode van het gezin').fill('1234');
    await page
      .locator('#postal-code-error')
      .getByText('Deze postcode bestaat niet in België.', { exact: false })
      .waitFor();
    await page.getByLabel('Postcode van het gezin').fill('3500');
    await expect.poll(() => page.locator('#postal-code-error').count()).toBe(0);
    // A due date long past is refused at its field, and eligibility does not call it fine.
    await page.getByLabel('Nog niet geboren').check();
    await typeDate(page, 'Vermoedelijke bevallingsdatum', '2020-01-01');
    await page
      .locator('#due-date-error')
      .getByText('Deze bevallingsdatum ligt meer dan vier weken voorbij.', { exact: false })
      .waitFor();
    expect(await page.getByText('De baby wordt verwacht op', { exact: false }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
