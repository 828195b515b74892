/**
 * The rules of the case file's parts: the family's own statements survive any professional's
 * save, the life domains follow the programmes, scores group per scorer in time order, and the
 * timeline's filter refuses what it does not know (property tests and the field's examples).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  assessmentSchema,
  assessmentSections,
  defaultChoices,
  differences,
  domainsOfCase,
  familyStatementsTouched,
  involvable,
  lifeDomainKeys,
  merge,
  networkFromReferrer,
  parseKinds,
  programmeSchema,
  suggestExperts,
  expertThemes,
  seriesPerScorer,
  timelineKinds,
  type Assessment,
  type Statement,
} from '../src/index.ts';

const statement = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  text: fc.constantFrom('Oma helpt.', 'Geen vast huis.', 'Mama drinkt minder.'),
  author: fc.constantFrom<Statement['author']>('professional', 'family'),
});
const section = fc.uniqueArray(statement, { selector: (s) => s.id, maxLength: 5 });
const assessment: fc.Arbitrary<Assessment> = fc
  .tuple(...assessmentSections.map(() => section))
  .map(
    (lists) => Object.fromEntries(assessmentSections.map((k, i) => [k, lists[i]])) as Assessment,
  );

describe('the family’s own statements in the assessment', () => {
  it('are untouched exactly when every one of them is still there, word for word', () => {
    fc.assert(
      fc.property(assessment, assessment, (before, after) => {
        const touched = familyStatementsTouched(before, after);
        const kept = assessmentSections.every((k) =>
          before[k]
            .filter((s) => s.author === 'family')
            .every((s) =>
              after[k].some((n) => n.id === s.id && n.text === s.text && n.author === 'family'),
            ),
        );
        const noneNew = assessmentSections.every((k) =>
          after[k]
            .filter((s) => s.author === 'family')
            .every((s) => before[k].some((b) => b.id === s.id)),
        );
        expect(touched.length === 0).toBe(kept && noneNew);
      }),
    );
  });

  it('allow the professional any change of their own statements', () => {
    fc.assert(
      fc.property(assessment, assessment, (before, mine) => {
        const ownOnly = (a: Assessment) =>
          Object.fromEntries(
            assessmentSections.map((k) => [k, a[k].filter((s) => s.author === 'professional')]),
          ) as Assessment;
        const family = (a: Assessment) =>
          Object.fromEntries(
            assessmentSections.map((k) => [k, a[k].filter((s) => s.author === 'family')]),
          ) as Assessment;
        // The family's statements of before, next to any statements of the professional's with
        // other ids.
        const after = Object.fromEntries(
          assessmentSections.map((k) => {
            const theirs = family(before)[k];
            const ids = new Set(theirs.map((s) => s.id));
            return [k, [...theirs, ...ownOnly(mine)[k].filter((s) => !ids.has(s.id))]];
          }),
        ) as Assessment;
        expect(familyStatementsTouched(before, after)).toEqual([]);
      }),
    );
  });

  it('names what was reworded', () => {
    const before = assessmentSchema.parse({
      strengths: [{ id: 's1', text: 'Wij houden van ons kind.', author: 'family' }],
    });
    const after = assessmentSchema.parse({
      strengths: [{ id: 's1', text: 'Ouders zijn betrokken.', author: 'family' }],
    });
    expect(familyStatementsTouched(before, after)).toEqual(['strengths.s1']);
  });
});

describe('the life domains of a case', () => {
  const someDomains = fc.uniqueArray(fc.constantFrom(...lifeDomainKeys), { minLength: 1 });
  it('are the union of the programmes’ domains, in the order of the list, plus what holds something', () => {
    fc.assert(
      fc.property(
        fc.array(someDomains, { minLength: 1, maxLength: 3 }),
        someDomains,
        (named, recorded) => {
          const offered = domainsOfCase(named, {
            domains: recorded.map((key) => ({
              key,
              situation: 'x',
              familyPriority: 'high',
              involved: '',
            })),
          });
          const wanted = new Set([...named.flat(), ...recorded]);
          expect(offered).toEqual(lifeDomainKeys.filter((k) => wanted.has(k)));
        },
      ),
    );
  });
  it('are all ten when a programme names none, or there is no programme', () => {
    expect(domainsOfCase([undefined], { domains: [] })).toEqual([...lifeDomainKeys]);
    expect(domainsOfCase([], { domains: [] })).toEqual([...lifeDomainKeys]);
    expect(domainsOfCase([['housing'], undefined], { domains: [] })).toHaveLength(10);
  });
});

describe('the scores of a case', () => {
  it('group per scorer, each series in time order, and lose none', () => {
    const score = fc.record({
      scorerKey: fc.constantFrom('user:a', 'member:p1', 'network:n1'),
      scoredAt: fc
        .integer({ min: 0, max: 10 ** 9 })
        .map((n) => new Date(1.7e12 + n * 1000).toISOString()),
      score: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(score, { maxLength: 30 }), (scores) => {
        const series = seriesPerScorer(scores);
        expect(series.flatMap((s) => s.scores)).toHaveLength(scores.length);
        for (const s of series) {
          expect(s.scores.every((x) => x.scorerKey === s.scorerKey)).toBe(true);
          const times = s.scores.map((x) => x.scoredAt);
          expect([...times].sort()).toEqual(times);
        }
        expect(new Set(series.map((s) => s.scorerKey)).size).toBe(series.length);
      }),
    );
  });
});

describe('the network', () => {
  it('involves only the people the family said yes to', () => {
    const network = {
      people: (['yes', 'no', 'not_asked'] as const).map((involve, i) => ({
        id: `n${String(i)}`,
        name: 'X',
        relation: '',
        tie: 'family' as const,
        support: 'strong' as const,
        organization: '',
        serviceId: null,
        phone: '',
        email: '',
        involve,
        involveNote: '',
      })),
    };
    expect(involvable(network).map((p) => p.id)).toEqual(['n0']);
  });
  it('starts with the referrer, cleaned, not asked yet', () => {
    const network = networkFromReferrer({
      name: 'Kato Verpleeg',
      organization: 'Kind en Gezin',
      phone: '011 23 45 67 (werk)',
      email: 'geen',
    });
    expect(network.people[0]).toMatchObject({
      phone: '011 23 45 67 ()',
      email: '',
      involve: 'not_asked',
    });
  });
});

describe('the timeline filter', () => {
  it('takes known kinds and refuses an unknown one by name', () => {
    expect(parseKinds(undefined)).toEqual([...timelineKinds]);
    expect(parseKinds('note, home_visit')).toEqual(['note', 'home_visit']);
    expect(parseKinds('note,gossip')).toEqual({ unknown: 'gossip' });
  });
});

describe('merging two versions after a conflict', () => {
  const person = fc.record({
    id: fc.constantFrom('n1', 'n2', 'n3', 'n4'),
    name: fc.constantFrom('Rita', 'Jef', 'Kato'),
    support: fc.constantFrom('strong', 'some', 'strained'),
  });
  const part = fc.record({
    calledName: fc.constantFrom('', 'Sanne en Tom'),
    people: fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 4 }),
  });
  const byId = (p: { people: { id: string }[] }) =>
    Object.fromEntries(p.people.map((x) => [x.id, x]));

  it('gives theirs when nothing is taken from mine, and mine (as a set) when everything is', () => {
    fc.assert(
      fc.property(part, part, (theirs, mine) => {
        expect(merge(theirs, mine, {})).toEqual(theirs);
        const all = Object.fromEntries(
          differences(theirs, mine).map((d) => [d.path, 'mine' as const]),
        );
        const merged = merge(theirs, mine, all);
        expect(merged.calledName).toBe(mine.calledName);
        expect(byId(merged)).toEqual(byId(mine));
      }),
    );
  });

  it('leaves no difference once each one is chosen, and only chosen ones change', () => {
    fc.assert(
      fc.property(part, part, fc.infiniteStream(fc.boolean()), (theirs, mine, coins) => {
        const diffs = differences(theirs, mine);
        const choices = Object.fromEntries(
          diffs.map((d) => [d.path, coins.next().value ? ('mine' as const) : ('theirs' as const)]),
        );
        const merged = merge(theirs, mine, choices);
        for (const d of differences(merged, mine)) expect(choices[d.path], d.path).not.toBe('mine');
        for (const d of differences(merged, theirs)) expect(choices[d.path], d.path).toBe('mine');
      }),
    );
  });

  it('starts from choices that lose no item of either side', () => {
    fc.assert(
      fc.property(part, part, (theirs, mine) => {
        const merged = merge(theirs, mine, defaultChoices(differences(theirs, mine)));
        const ids = new Set(merged.people.map((p) => p.id));
        for (const p of [...theirs.people, ...mine.people]) expect(ids).toContain(p.id);
      }),
    );
  });
});

describe('the life domains as programme data', () => {
  const shipped = JSON.parse(
    readFileSync(
      new URL('../../server/data/programmes/1-gezin-1-plan.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;
  it('are named by a programme, or left out for all ten; none at all is refused', () => {
    expect(programmeSchema.parse(shipped).lifeDomains).toBeUndefined();
    expect(
      programmeSchema.parse({ ...shipped, lifeDomains: ['housing', 'finances'] }).lifeDomains,
    ).toEqual(['housing', 'finances']);
    expect(programmeSchema.safeParse({ ...shipped, lifeDomains: [] }).success).toBe(false);
    expect(programmeSchema.safeParse({ ...shipped, lifeDomains: ['gossip'] }).success).toBe(false);
  });
});

describe('the experts suggested for a care table', () => {
  const expert = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    name: fc.constantFrom('An', 'Bart', 'Fatma', 'Koen', 'Lien'),
    organization: fc.constant(''),
    expertise: fc.uniqueArray(fc.constantFrom(...expertThemes), { minLength: 1, maxLength: 4 }),
    provinces: fc.uniqueArray(fc.constantFrom('VLI', 'VAN', 'VOV'), { minLength: 1 }),
    availability: fc.constant(''),
    email: fc.constant(''),
    phone: fc.constant(''),
  });
  const pool = fc.uniqueArray(expert, { selector: (e) => e.id, maxLength: 6 });
  it("are exactly the pool's experts of the province, ordered by how many of the family's themes they know", () => {
    fc.assert(
      fc.property(
        pool,
        fc.constantFrom('VLI', 'VAN'),
        fc.uniqueArray(fc.constantFrom(...expertThemes), { maxLength: 5 }),
        (experts, province, themes) => {
          const suggested = suggestExperts(experts, { province, themes });
          expect(suggested.map((s) => s.expert.id).sort()).toEqual(
            experts
              .filter((e) => e.provinces.includes(province))
              .map((e) => e.id)
              .sort(),
          );
          for (const s of suggested) {
            expect(
              s.matches.every((m) => themes.includes(m) && s.expert.expertise.includes(m)),
            ).toBe(true);
            expect(s.score).toBe(s.matches.length);
          }
          const scores = suggested.map((s) => s.score);
          expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        },
      ),
    );
  });
});
