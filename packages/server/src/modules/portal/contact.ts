/**
 * The family's contact person as the portal and a supporter see them: a name and the work phone
 * they gave; and as a calendar's organiser (name and work address, never sent to a page).
 */
import type { Db } from '../../platform/db/database.ts';
import { contactPersonOf } from '../cases/index.ts';

export async function contactOf(tx: Db, caseId: string) {
  const contact = await contactPersonOf(tx, caseId);
  return contact === undefined ? null : { name: contact.name, phone: contact.phone };
}

export async function organizerOf(tx: Db, caseId: string) {
  const contact = await contactPersonOf(tx, caseId);
  return contact === undefined ? undefined : { name: contact.name, email: contact.email };
}
