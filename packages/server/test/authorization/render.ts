/** Renders the authorization matrix as Markdown: one table per route group. */
import { roles } from '@omringd/core';
import { expected, matrix, relationships, type Entry } from './matrix.ts';

const short: Record<string, string> = {
  own_case: 'own',
  other_org_case: 'other',
  shared_with_agreement: 'shared',
  agreement_withdrawn: 'withdrawn',
  referrer: 'referrer',
};

function cell(entry: Entry, role: (typeof roles)[number]): string {
  const byRelationship = relationships.map((r) => expected(entry, { role, relationship: r }));
  const first = byRelationship[0];
  if (byRelationship.every((s) => s === first)) return String(first);
  return relationships.map((r, i) => `${short[r] ?? r} ${byRelationship[i] ?? ''}`).join('<br>');
}

export function renderMatrix(): string {
  const header = `| route | anonymous | ${roles.join(' | ')} |`;
  const rule = `|---|---|${roles.map(() => '---').join('|')}|`;
  const lines = Object.entries(matrix).map(
    ([key, entry]) =>
      `| \`${key}\` | ${entry.anonymous} | ${roles.map((r) => cell(entry, r)).join(' | ')} |`,
  );
  return `# Authorization matrix

Generated from \`packages/server/test/authorization/matrix.ts\` by \`npm run docs:matrix\`; the
integration suite runs every cell on both storage modes and fails for a route without an entry.

Relationships to the case: **own** (case team, own organisation), **other** (another
organisation's case, no relationship), **shared** (case team member from an organisation the case
is shared with, legal basis and agreement given), **withdrawn** (the same, agreement withdrawn),
**referrer** (referred the family, not in the team). One number means the same answer in every
relationship. 401: sign in first; 403: the role lacks the right; 404: the record does not exist
or the user may not know it exists (the answers are identical).

${header}
${rule}
${lines.join('\n')}
`;
}
