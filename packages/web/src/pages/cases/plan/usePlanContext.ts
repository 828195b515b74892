/**
 * What the plan's choices come from in the case file: the parents (to hide an item from one),
 * the people of the network the family agreed to involve, the worries of the assessment, the
 * life domains the case works with, and the care tables with their decisions.
 */
import { useEffect, useState } from 'react';
import {
  involvable,
  mayHaveOwnView,
  type CaseAssessment,
  type CaseFamily,
  type CaseLifeDomains,
  type CaseNetwork,
  type LifeDomainKey,
  type MeetingView,
  type NetworkPerson,
} from '@omringd/core';
import { getJson } from '../../../api.ts';

export type PlanContext = {
  adults: { id: string; name: string }[];
  members: { id: string; name: string }[];
  people: NetworkPerson[];
  worries: { ref: string; text: string }[];
  domains: LifeDomainKey[];
  meetings: MeetingView[];
};

const empty: PlanContext = {
  adults: [],
  members: [],
  people: [],
  worries: [],
  domains: [],
  meetings: [],
};

export function usePlanContext(caseId: string): PlanContext {
  const [context, setContext] = useState<PlanContext>(empty);
  useEffect(() => {
    const abort = new AbortController();
    const base = `/api/v1/cases/${caseId}`;
    void Promise.all([
      getJson<CaseFamily>(`${base}/family`, abort.signal),
      getJson<CaseNetwork>(`${base}/network`, abort.signal),
      getJson<CaseAssessment>(`${base}/assessment`, abort.signal),
      getJson<CaseLifeDomains>(`${base}/life-domains`, abort.signal),
      getJson<MeetingView[]>(`${base}/care-tables`, abort.signal),
    ]).then(([family, network, assessment, domains, meetings]) => {
      // Each is a help for the choices: without one, the plan is still written.
      const members = family.ok ? family.value.family.members : [];
      setContext({
        // Who reads the plan in the portal: the adults, and a child of 12 or older (by the
        // same id an item is hidden from them).
        adults: members.flatMap((m) =>
          m.kind === 'adult' ||
          (m.kind === 'child' && m.name !== '' && mayHaveOwnView(m.birthDate, new Date()))
            ? [{ id: m.id, name: m.name }]
            : [],
        ),
        members: members.flatMap((m) =>
          m.kind === 'unborn' ? [] : [{ id: m.id, name: m.name === '' ? m.id : m.name }],
        ),
        people: network.ok ? involvable(network.value.content) : [],
        worries: assessment.ok
          ? (['harm', 'dangerStatements', 'complicatingFactors'] as const).flatMap((section) =>
              assessment.value.content[section].map((s) => ({
                ref: `${section}.${s.id}`,
                text: s.text,
              })),
            )
          : [],
        domains: domains.ok ? domains.value.offered : [],
        meetings: meetings.ok ? meetings.value.filter((m) => m.status === 'held') : [],
      });
    });
    return () => {
      abort.abort();
    };
  }, [caseId]);
  return context;
}
