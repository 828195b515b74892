/**
 * The closing of a case, and its letter to the family as a PDF in their language (audited as a
 * print, gathered in one guarded read, drawn after it).
 */
import type { ClosingView } from '@omringd/core';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase } from '../../kernel/guards/caseGuard.ts';
import { AppError } from '../../platform/errors.ts';
import { familyDetailsWithin } from '../caseFile/index.ts';
import { contactPersonOf } from '../cases/index.ts';
import { closingOf, familyLabelOf } from './queries.ts';
import { closingView } from './closingView.ts';
import { planLanguage } from './familyPlan/texts.ts';
import { closingLetterPdf } from './familyPlan/closingLetter.ts';

const notClosed = () =>
  new AppError(
    'not_found',
    'This case is not closed. Close it first; then its letter is here.',
  ).because('not_closed');

export async function readClosing(ctx: AccessContext, caseId: string): Promise<ClosingView> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: 'closing' });
      const row = await closingOf(c.tx, caseId);
      if (row === undefined) throw notClosed();
      return closingView(row);
    },
  );
}

export async function printClosingLetter(
  ctx: AccessContext,
  caseId: string,
  language: string | undefined,
): Promise<Buffer> {
  const data = await readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'print', purpose: 'care' },
    async (c) => {
      const row = await closingOf(c.tx, caseId);
      if (row === undefined) throw notClosed();
      const details = await familyDetailsWithin(c);
      const contact = await contactPersonOf(c.tx, caseId);
      const calledName = details?.calledName ?? '';
      c.note({ part: 'closing_letter', language: language ?? 'family' });
      return {
        language: planLanguage(language ?? details?.language ?? 'nl'),
        familyName: calledName === '' ? await familyLabelOf(c.tx, c.row.familyId) : calledName,
        closing: closingView(row),
        contact: contact === undefined ? null : { ...contact, phone: contact.phone ?? '' },
      };
    },
  );
  return closingLetterPdf(data);
}
