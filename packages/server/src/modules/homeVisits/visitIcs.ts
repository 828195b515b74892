/** The calendar file of one visit, for whoever reads it inside the case guard. */
import type { CaseAccess } from '../../kernel/guards/caseGuard.ts';
import { visitCalendar } from './calendar.ts';
import { contactPersonOf } from '../cases/index.ts';
import type { VisitRow } from './queries.ts';

export async function calendarOf(c: CaseAccess, visit: VisitRow, publicUrl: string) {
  const contact = await contactPersonOf(c.tx, c.caseId);
  return visitCalendar({
    visit,
    organizer: {
      name: contact?.name ?? c.principal.displayName,
      email: contact?.email ?? c.principal.email,
    },
    caseUrl: `${publicUrl}/dossiers/${c.caseId}`,
    forParent: c.basis === 'parent',
  });
}
