/**
 * For who keeps a programme's budgets: the extensions waiting for a decision, the funds per
 * region and year with what is committed and spent, and the finance report with its exports.
 * Cases are named by a short reference only, never by the family.
 */
import { useTranslation } from 'react-i18next';
import { FundsPanel } from './FundsPanel.tsx';
import { PendingExtensions } from './PendingExtensions.tsx';
import { BudgetReport } from './BudgetReport.tsx';

export function BudgetAdminPage() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('budgetAdmin.title')}</h1>
      <p className="hint">{t('budgetAdmin.hint')}</p>
      <PendingExtensions />
      <FundsPanel />
      <BudgetReport />
    </div>
  );
}
