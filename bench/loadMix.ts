/**
 * The load benchmark's mixed work, as the field's day has it: 70 % reads (the case view and the
 * inbox of notices), 20 % social-map searches, 10 % writes (a change to a case file, with the
 * session's CSRF token). Each request is drawn at random by these weights from a seeded generator,
 * so two runs send the same sequence.
 */
import type { Request } from 'autocannon';

export type MixSession = { cookie: string; csrf: string };

const WORDS = [
  'opvoeding',
  'kinderopvang',
  'zwangerschap',
  'schulden',
  'psycholoog',
  'huisvesting',
  'thuisbegeleiding',
  'gezinsondersteuning',
  'verslaving',
  'taalles',
];

export const MIX = { caseView: 45, inbox: 25, search: 20, write: 10 } as const;

/** A small deterministic generator (mulberry32): the mix, not its randomness, is measured. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function mixedRequest(caseIds: string[], session: MixSession): Request {
  const random = seeded(14);
  let n = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return {
    setupRequest: (request) => {
      const roll = random() * 100;
      const headers = { ...request.headers, cookie: session.cookie };
      if (roll < MIX.caseView)
        return { ...request, method: 'GET', path: `/api/v1/cases/${pick(caseIds)}`, headers };
      if (roll < MIX.caseView + MIX.inbox)
        return { ...request, method: 'GET', path: '/api/v1/notifications', headers };
      if (roll < MIX.caseView + MIX.inbox + MIX.search)
        return {
          ...request,
          method: 'GET',
          path: `/api/v1/services?q=${encodeURIComponent(pick(WORDS))}`,
          headers,
        };
      n++;
      return {
        ...request,
        method: 'PATCH',
        path: `/api/v1/cases/${pick(caseIds)}`,
        headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrf },
        body: JSON.stringify({ concern: `Afspraak ${String(n)} gemaakt met het gezin.` }),
      };
    },
  };
}
