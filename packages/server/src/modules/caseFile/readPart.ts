/** Reading a part of the case file (network, life domains, assessment), like the file itself. */
import type { AccessContext } from '../../kernel/accessContext.ts';
import { readWithCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import type { Part } from './parts.ts';
import { partRow } from './queries/parts.ts';
import { partView, type PartView } from './partView.ts';

export async function readPart<T, V = PartView<T>>(
  ctx: AccessContext,
  caseId: string,
  part: Part<T>,
  extend: (view: PartView<T>, c: CaseAccess) => Promise<V> | V = (view) => view as V,
): Promise<V> {
  return readWithCase(
    ctx,
    { caseId, action: 'read', audit: 'read', purpose: 'care' },
    async (c) => {
      c.note({ part: part.key });
      return extend(partView(part, await partRow(c.tx, caseId, part.key)), c);
    },
  );
}
