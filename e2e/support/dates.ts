/**
 * The date fields as a person uses them: a part per day, month and year, typed in the page's
 * order (dd/mm/jjjj on a Dutch page), and read back from what the parts say.
 */
import type { Page } from 'playwright-core';

export async function typeDate(page: Page, label: string, isoDate: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  await page
    .getByRole('group', { name: label, exact: true })
    .getByRole('spinbutton')
    .first()
    .click();
  await page.keyboard.type(`${day}${month}${year}`);
}

/** The ISO date the field holds, or '' when a part is empty. */
export async function dateValue(page: Page, label: string): Promise<string> {
  const parts = page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton');
  const values = await parts.evaluateAll((spins) =>
    spins.map((s) => ({
      type: s.getAttribute('data-type') ?? '',
      value: s.getAttribute('aria-valuenow') ?? '',
    })),
  );
  const part = (type: string) => values.find((v) => v.type === type)?.value ?? '';
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (day === '' || month === '' || year === '') return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
