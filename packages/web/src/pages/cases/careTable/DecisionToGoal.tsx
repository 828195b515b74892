/**
 * A decision of a care table held becomes a goal of the care plan in one step; a decision taken
 * up already says so and links to the plan.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CasePlan, PlanVersion } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { newId } from '../parts/newId.ts';

/** The plan's newest version, and which decisions of this meeting are goals of it. */
const takenOf = (plan: PlanVersion | null, meetingId: string) => ({
  version: plan?.number ?? 0,
  taken: new Set(
    (plan?.content.goals ?? []).flatMap((g) =>
      g.fromDecision?.meetingId === meetingId ? [g.fromDecision.decisionId] : [],
    ),
  ),
});

function usePlanDecisions(caseId: string, meetingId: string) {
  const [seen, setSeen] = useState<ReturnType<typeof takenOf> | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<CasePlan>(`/api/v1/cases/${caseId}/plan`, abort.signal).then((r) => {
      if (r.ok) setSeen(takenOf(r.value.current, meetingId));
    });
    return () => {
      abort.abort();
    };
  }, [caseId, meetingId]);
  return {
    seen,
    update: (plan: PlanVersion) => {
      setSeen(takenOf(plan, meetingId));
    },
  };
}

export function DecisionGoals(props: {
  caseId: string;
  meetingId: string;
  decisions: { id: string; text: string }[];
}) {
  const { t } = useTranslation();
  const { seen, update } = usePlanDecisions(props.caseId, props.meetingId);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const take = async (decisionId: string) => {
    if (seen === null) return;
    const answer = await sendJson<PlanVersion>(
      'POST',
      `/api/v1/cases/${props.caseId}/plan/goals-from-decision`,
      {
        version: seen.version,
        meetingId: props.meetingId,
        decisionId,
        goalId: newId('g'),
        domains: [],
      },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    update(answer.value);
    setStatus(t('careTables.goalMade', { number: answer.value.number }));
  };
  return (
    <>
      <ul>
        {props.decisions.map((d) => (
          <li key={d.id}>
            {d.text}{' '}
            {seen === null ? null : seen.taken.has(d.id) ? (
              <Link to={`/dossiers/${props.caseId}/plan`}>{t('careTables.isGoal')}</Link>
            ) : (
              <button type="button" onClick={() => void take(d.id)}>
                {t('careTables.makeGoal')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
      <p role="status">
        {status}{' '}
        {status === '' ? null : (
          <Link to={`/dossiers/${props.caseId}/plan`}>{t('careTables.toPlan')}</Link>
        )}
      </p>
    </>
  );
}
