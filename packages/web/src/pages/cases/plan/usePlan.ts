/**
 * The care plan as the page works on it: the newest version from the server, and a draft kept on
 * this device until it is saved (a closed tab brings it back). A save names the version the
 * draft started from; when someone saved in between, the page says so and keeps the draft.
 */
import { useCallback, useEffect, useState } from 'react';
import { emptyPlan, type CasePlan, type PlanContent, type PlanVersion } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { useKeptState } from '../parts/useKeptState.ts';
import { announceCaseChanged } from '../parts/caseChanged.ts';

export type Draft = { base: number; content: PlanContent; dirty: boolean };

export function usePlan(caseId: string) {
  const base = `/api/v1/cases/${caseId}/plan`;
  const [plan, setPlan] = useState<CasePlan | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [draft, keep, forget] = useKeptState<Draft>(`omringd:plan:${caseId}`, () => ({
    base: 0,
    content: emptyPlan(),
    dirty: false,
  }));

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const answer = await getJson<CasePlan>(base, signal);
      if (!answer.ok) {
        if (answer.error.code !== 'aborted') setError(answer.error);
        return;
      }
      setPlan(answer.value);
      return answer.value;
    },
    [base],
  );

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => {
      abort.abort();
    };
  }, [load]);

  const number = plan?.current?.number ?? 0;
  // A draft with nothing changed follows the newest version.
  const working: Draft =
    draft.dirty || plan === null
      ? draft
      : { base: number, content: plan.current?.content ?? emptyPlan(), dirty: false };
  const stale = draft.dirty && plan !== null && draft.base !== number;

  const edit = (content: PlanContent) => {
    keep({ base: working.base, content, dirty: true });
    setStatus('');
  };

  /** After a save the newest version is the one saved; the draft is gone from this device. */
  const saved = async (version: PlanVersion, message: string) => {
    forget({ base: version.number, content: version.content, dirty: false });
    setError(null);
    setStatus(message);
    announceCaseChanged(caseId);
    await load();
  };

  const send = async (path: string, body: Record<string, unknown>, message: string) => {
    setStatus('');
    const answer = await sendJson<PlanVersion>('POST', `${base}${path}`, body);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.code === 'conflict') await load();
      return false;
    }
    await saved(answer.value, message);
    return true;
  };

  return {
    plan,
    error,
    status,
    draft: working,
    stale,
    edit,
    /** Throws the draft away and takes the newest version. */
    discard: () => {
      forget({ base: number, content: plan?.current?.content ?? emptyPlan(), dirty: false });
      setError(null);
    },
    /** The draft goes on from the newest version (after the user compared). */
    rebase: () => {
      keep({ ...working, base: number });
      setError(null);
    },
    save: (note: string, message: string) =>
      send('/versions', { version: working.base, content: working.content, note }, message),
    switchTo: (to: string, reason: string, message: string) =>
      send('/switch', { version: number, to, reason }, message),
    evaluate: (evaluation: Record<string, unknown>, message: string) =>
      send(
        '/evaluations',
        { version: working.base, evaluation, content: working.content },
        message,
      ),
    fromDecision: (body: Record<string, unknown>, message: string) =>
      send('/goals-from-decision', { version: number, ...body }, message),
    reload: load,
  };
}

export type PlanState = ReturnType<typeof usePlan>;
