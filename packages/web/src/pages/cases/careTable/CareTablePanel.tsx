/**
 * The care tables of the case: the next one planned near the parents with the people the family
 * agreed to involve, each with its invitations, replies and status; once held, its record.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CaseFamily,
  CaseNetwork,
  ExpertSuggestion,
  FamilyMember,
  MeetingContent,
  MeetingView,
} from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useSession } from '../../../session/session.ts';
import { announceCaseChanged } from '../parts/caseChanged.ts';
import { PlanCareTableForm } from './PlanCareTableForm.tsx';
import { MeetingCard } from './MeetingCard.tsx';

export function CareTablePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const me = session.state === 'signed_in' ? session.user : null;
  const base = `/api/v1/cases/${caseId}`;
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null);
  const [family, setFamily] = useState<CaseFamily | null>(null);
  const [network, setNetwork] = useState<CaseNetwork | null>(null);
  const [experts, setExperts] = useState<ExpertSuggestion[]>([]);
  const [planning, setPlanning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const abort = new AbortController();
    void Promise.all([
      getJson<MeetingView[]>(`${base}/care-tables`, abort.signal),
      getJson<CaseFamily>(`${base}/family`, abort.signal),
      getJson<CaseNetwork>(`${base}/network`, abort.signal),
      getJson<ExpertSuggestion[]>(`${base}/care-tables/experts`, abort.signal),
    ]).then(([m, f, n, e]) => {
      // Suggestions are a help: without them the form still plans.
      if (e.ok) setExperts(e.value);
      if (m.ok) setMeetings(m.value);
      else if (m.error.code !== 'aborted') setError(m.error);
      if (f.ok) setFamily(f.value);
      if (n.ok) setNetwork(n.value);
    });
    return () => {
      abort.abort();
    };
  }, [base]);

  // Saves from this page go one at a time, each on the version the last one left: two quick
  // clicks never race each other into a conflict.
  const latest = useRef(new Map<string, number>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inTurn = <T,>(work: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(work, work);
    queue.current = next.catch(() => undefined);
    return next;
  };
  const replace = (saved: MeetingView) => {
    latest.current.set(saved.id, saved.version);
    setMeetings((list) => (list ?? []).map((m) => (m.id === saved.id ? saved : m)));
  };
  const answer = (r: Awaited<ReturnType<typeof sendJson<MeetingView>>>, done: string) => {
    if (r.ok) {
      setError(null);
      setStatus(done);
      announceCaseChanged(caseId);
      return r.value;
    }
    const current = (r.error as ApiError & { current?: MeetingView }).current;
    if (r.error.reason === 'changed_meanwhile' && current !== undefined) {
      replace(current);
      setStatus(t('careTables.changedMeanwhile'));
      setError(null);
    } else setError(r.error);
    return null;
  };

  const adults = (family?.family.members ?? []).filter(
    (m): m is Extract<FamilyMember, { kind: 'adult' }> => m.kind === 'adult',
  );
  const agreed = (network?.content.people ?? []).filter((p) => p.involve === 'yes');
  return (
    <section aria-labelledby="care-table-heading" id="zorgtafel">
      <h2 id="care-table-heading">{t('careTables.heading')}</h2>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {meetings === null ? null : meetings.length === 0 ? <p>{t('careTables.none')}</p> : null}
      {(meetings ?? []).map((m) => (
        <MeetingCard
          key={m.id}
          caseId={caseId}
          meeting={m}
          onSave={(content: MeetingContent) =>
            inTurn(async () => {
              const saved = answer(
                await sendJson<MeetingView>('PUT', `${base}/care-tables/${m.id}`, {
                  version: latest.current.get(m.id) ?? m.version,
                  content,
                }),
                t('careTables.saved'),
              );
              if (saved !== null) replace(saved);
              return saved !== null;
            })
          }
          onStatus={(to) =>
            inTurn(async () => {
              const saved = answer(
                await sendJson<MeetingView>('POST', `${base}/care-tables/${m.id}/status`, {
                  version: latest.current.get(m.id) ?? m.version,
                  to,
                }),
                t(to === 'held' ? 'careTables.heldDone' : 'careTables.cancelledDone'),
              );
              if (saved !== null) replace(saved);
              return saved !== null;
            })
          }
        />
      ))}
      {planning && me !== null ? (
        <PlanCareTableForm
          caseId={caseId}
          adults={adults}
          network={agreed}
          experts={experts}
          familyLanguage={family?.family.language ?? 'nl'}
          me={{ name: me.displayName, email: me.email }}
          onCancel={() => {
            setPlanning(false);
          }}
          onPlan={async (content) => {
            const planned = answer(
              await sendJson<MeetingView>('POST', `${base}/care-tables`, content),
              t('careTables.planned'),
            );
            if (planned === null) return false;
            setMeetings((list) => [...(list ?? []), planned]);
            setPlanning(false);
            return true;
          }}
        />
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() => {
            setPlanning(true);
          }}
        >
          {t('careTables.plan')}
        </button>
      )}
    </section>
  );
}
