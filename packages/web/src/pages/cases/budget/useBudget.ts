/**
 * The budget page's data: the case's budget (or the programmes that could give one), the plan's
 * actions the money may go to, and the family's name for the title; reloaded after each entry.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BudgetOptions, BudgetView, CasePlan, CaseView } from '@omringd/core';
import { getJson, ignoreAbort, type ApiError } from '../../../api.ts';

export type PlanAction = { id: string; what: string };

export function useBudget(caseId: string) {
  const base = `/api/v1/cases/${caseId}`;
  const [options, setOptions] = useState<BudgetOptions | null>(null);
  const [family, setFamily] = useState('');
  const [actions, setActions] = useState<PlanAction[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const [budget, file, plan] = await Promise.all([
        getJson<BudgetOptions>(`${base}/budget`, signal),
        getJson<CaseView>(base, signal),
        getJson<CasePlan>(`${base}/plan`, signal),
      ]);
      if (!budget.ok) {
        setError(budget.error);
        return;
      }
      setError(null);
      setOptions(budget.value);
      if (file.ok) setFamily(file.value.familyLabel);
      if (plan.ok)
        setActions(
          (plan.value.current?.content.actions ?? []).map((a) => ({ id: a.id, what: a.what })),
        );
    },
    [base],
  );

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal).catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [load]);

  /** After an entry: the answer is the budget as it is now. */
  const show = useCallback((budget: BudgetView) => {
    setOptions((o) => (o === null ? o : { ...o, budget }));
  }, []);

  return { options, family, actions, error, reload: load, show };
}
