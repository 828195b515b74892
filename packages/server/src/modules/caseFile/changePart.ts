/**
 * Changing a part of the case file. The save names the version it changes; when someone else
 * saved in between, the answer is 409 with the part as it is now (both versions for the merge
 * page), and nothing is overwritten. A change leaves an entry on the timeline.
 */
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withCase, type CaseAccess } from '../../kernel/guards/caseGuard.ts';
import type { Part } from './parts.ts';
import { partRow, savePart } from './queries/parts.ts';
import { addTimelineEntry } from './queries/timeline.ts';
import { partView, type PartView } from './partView.ts';

type Options<T, V> = {
  /** A rule on the change, given what is there now; throws to refuse. */
  check?: (before: T, after: T, c: CaseAccess) => void;
  /** What the answer adds to the part (read in the same guard). */
  extend?: (view: PartView<T>, c: CaseAccess) => Promise<V>;
};

export async function changePart<T, V = PartView<T>>(
  ctx: AccessContext,
  caseId: string,
  part: Part<T>,
  input: { version: number; content: T },
  options: Options<T, V> = {},
): Promise<V> {
  const extend = options.extend ?? ((view: PartView<T>) => Promise.resolve(view as V));
  return withCase(
    ctx,
    { caseId, action: 'update', audit: 'update', purpose: 'care' },
    async (c) => {
      c.note({ part: part.key, fromVersion: input.version });
      const before = partView(part, await partRow(c.tx, caseId, part.key));
      if (before.version === input.version) options.check?.(before.content, input.content, c);
      const version = await savePart(c.tx, caseId, part.key, input, c.now, c.principal.userId);
      if (version === undefined) {
        const current = partView(part, await partRow(c.tx, caseId, part.key));
        throw new AppError(
          'conflict',
          `Someone else changed this meanwhile (now version ${String(current.version)}, you changed version ${String(input.version)}). Compare both, then save again.`,
          'version',
        )
          .because('changed_meanwhile')
          .showing(current);
      }
      await addTimelineEntry(c.tx, {
        caseId,
        kind: part.changed,
        occurredAt: c.now,
        recordedAt: c.now,
        by: c.principal.userId,
        details: { version },
      });
      return extend(partView(part, await partRow(c.tx, caseId, part.key)), c);
    },
  );
}
