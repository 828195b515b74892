/**
 * The backpack budget as a coordinator and the network coordinator use it: Mira gives Noor's
 * family a Zorggarantie budget, commits a stay at the CKG up to the residential limit, sees the
 * next residential spend refused with the rule and the amounts, asks for the one extension;
 * Karen approves it on her budgets page; then a second extension is refused. Axe finds nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, deskPage, launchBrowser, signInAsDemo } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { typeDate } from './support/dates.ts';

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
  await signInAsDemo(page, server.url, name);
  return page;
}

const brusselsDay = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function commit(page: Page, amount: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Geld vastleggen voor een actie uit het plan' });
  await form.getByLabel('Bedrag in euro').fill(amount);
  await form.getByRole('button', { name: 'Vastleggen' }).click();
}

describe('the backpack budget', () => {
  it('is given, spent on a CKG stay up to the residential limit, and extended once', async () => {
    const page = await signInAs('Mira Claes');
    await page.getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.getByRole('link', { name: /Fatima El Amrani/ }).click();
    await page.getByRole('link', { name: 'Rugzakbudget' }).click();
    await page.getByRole('heading', { name: /^Rugzakbudget — / }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Giving the budget: the programme's rules, and why it complements the regular offer.
    const grant = page.getByRole('region', { name: 'Een budget toekennen' });
    await grant
      .getByText('3 maanden, ten hoogste € 4.000, waarvan ten hoogste 50% voor verblijf.')
      .waitFor();
    await grant
      .getByLabel('Waarom is dit budget nodig bovenop het reguliere aanbod?')
      .fill('Het CKG kan Fatima en Noor meteen opvangen; de reguliere hulp heeft een wachtlijst.');
    await grant.getByRole('button', { name: 'Budget toekennen' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Het budget is toegekend.');
    const summary = page.getByRole('region', { name: 'Het budget' });
    expect(spaced(await summary.textContent())).toContain('Vastgelegd: € 0 van € 4.000');

    // A stay at the CKG, linked to the plan's action, up to the € 2.000 for residential stay.
    const form = page.getByRole('region', { name: 'Geld vastleggen voor een actie uit het plan' });
    await form.getByLabel('Actie uit het plan').selectOption({
      label: 'Fatima en Noor verblijven twee weken in het CKG, zodat Fatima op adem komt.',
    });
    await form.getByLabel('Zoek de dienst op de sociale kaart').fill('CKG');
    await form.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await form
      .getByRole('button', { name: 'Kies CKG — kinderzorg en gezinsondersteuning' })
      .click();
    await form.getByText(/^Gekozen aanbieder: CKG — kinderzorg en gezinsondersteuning/).waitFor();
    await form.getByLabel('Soort hulp').selectOption({ label: 'Verblijf (CKG of CIG)' });
    await typeDate(page, 'Van', brusselsDay(1));
    await typeDate(page, 'Tot en met', brusselsDay(14));
    await commit(page, '1.500');
    await expect
      .poll(async () => spaced(await page.getByRole('status').first().textContent()))
      .toBe('Vastgelegd: € 1.500 voor Verblijf (CKG of CIG).');
    await commit(page, '500');
    await expect
      .poll(async () => spaced(await summary.textContent()))
      .toContain('Verblijf: € 2.000 van € 2.000 (ten hoogste 50%)');

    // One euro more for residential stay is refused, with the rule and by how much.
    await commit(page, '150');
    const refusal = form.getByRole('alert');
    await expect
      .poll(async () => spaced(await refusal.textContent()))
      .toBe(
        'Dit brengt het verblijf op € 2.150; de grens is € 2.000. Kies een ander soort hulp of een kleiner bedrag.',
      );
    const ledger = page.getByRole('region', { name: 'Het grootboek' });
    expect(await ledger.getByRole('row').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    // The one extension: asked for by Mira, with a reason.
    const extension = page.getByRole('region', { name: 'Verlenging' });
    await extension
      .getByLabel('Waarom heeft het budget meer tijd nodig?')
      .fill('Het verblijf in het CKG loopt langer: de woning is pas over vier maanden vrij.');
    await extension.getByRole('button', { name: 'Verlenging vragen' }).click();
    await extension.getByText(/Dit wacht op de beslissing van de netwerkcoördinator\.$/).waitFor();
    const caseUrl = page.url();

    // Karen, who keeps Zorggarantie's budgets, approves it on her budgets page.
    const karen = await signInAs('Karen Dewitte');
    await karen.getByRole('link', { name: 'Budgetten' }).click();
    await karen.getByRole('heading', { name: 'Budgetten en fondsen' }).waitFor();
    const waiting = karen.getByRole('region', { name: 'Verlengingen die wachten' });
    const item = waiting.getByRole('article');
    await item.getByText('de woning is pas over vier maanden vrij', { exact: false }).waitFor();
    expect(spaced(await item.textContent())).not.toContain('Fatima');
    expect(await axeViolations(karen)).toEqual([]);
    await item.getByLabel('Toelichting bij je beslissing (niet verplicht)').fill('Akkoord.');
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await waiting.getByText(/^Goedgekeurd: het budget loopt nu tot /).waitFor();
    await waiting.getByText('Er wacht geen vraag tot verlenging.').waitFor();
    const funds = karen.getByRole('region', { name: 'Fondsen' });
    expect(spaced(await funds.getByRole('table').textContent())).toContain('€ 2.000');

    // Back with Mira: extended once; a second extension is not offered, and refused if asked.
    await page.goto(caseUrl);
    await extension.getByText(/^Verlengd met 3 maanden: goedgekeurd door Karen Dewitte/).waitFor();
    await extension
      .getByText('Het budget werd al één keer verlengd. Een tweede verlenging is niet mogelijk.')
      .waitFor();
    expect(await extension.getByRole('button', { name: 'Verlenging vragen' }).count()).toBe(0);
    const session = (await (
      await page.request.get(`${server.url}/api/v1/auth/session`)
    ).json()) as {
      csrfToken: string;
    };
    const caseId = new URL(caseUrl).pathname.split('/')[2] ?? '';
    const second = await page.request.post(
      `${server.url}/api/v1/cases/${caseId}/budget/extension`,
      {
        headers: { 'x-csrf-token': session.csrfToken },
        data: { reason: 'Nog drie maanden nodig voor de opvolging thuis.' },
      },
    );
    expect(second.status()).toBe(409);
    expect(((await second.json()) as { error: { reason: string } }).error.reason).toBe(
      'extension_used',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
