/**
 * A case's backpack budget: given once under the programme's rules, then money committed to the
 * plan's actions at providers of the social map, paid and corrected in a ledger that only grows,
 * and extended once. Every refusal says which rule and by how much.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { BudgetSummary } from './BudgetSummary.tsx';
import { CommitmentForm } from './CommitmentForm.tsx';
import { ExtensionPanel } from './ExtensionPanel.tsx';
import { GrantBudgetForm } from './GrantBudgetForm.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { useBudget } from './useBudget.ts';

export function BudgetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { options, family, actions, error, show } = useBudget(id);
  const [status, setStatus] = useState('');
  const announce = (text: string) => {
    setStatus(text);
  };
  if (options === null)
    return error === null ? (
      <p role="status">{t('budget.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );
  const budget = options.budget;
  return (
    <div className="budget-page">
      <p>
        <Link to={`/dossiers/${id}`}>{t('budget.back')}</Link>
      </p>
      <h1>{t('budget.title', { family })}</h1>
      <p className="hint">{t('budget.intro')}</p>
      <p role="status" className="status">
        {status}
      </p>
      {budget === null ? (
        options.programmes.length === 0 ? (
          <p>{t('budget.noProgramme')}</p>
        ) : (
          <GrantBudgetForm
            caseId={id}
            programmes={options.programmes}
            onGranted={(b) => {
              show(b);
              announce(t('budget.grant.done'));
            }}
          />
        )
      ) : (
        <>
          <BudgetSummary budget={budget} />
          <CommitmentForm
            caseId={id}
            actions={actions}
            onCommitted={(b, text) => {
              show(b);
              announce(text);
            }}
          />
          <LedgerTable
            caseId={id}
            budget={budget}
            onChanged={(b, text) => {
              show(b);
              announce(text);
            }}
          />
          <ExtensionPanel
            caseId={id}
            budget={budget}
            onAsked={(b, text) => {
              show(b);
              announce(text);
            }}
          />
        </>
      )}
    </div>
  );
}
