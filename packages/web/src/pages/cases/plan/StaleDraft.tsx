/**
 * The draft on this device started from an older version than the newest: say so, and let the
 * coordinator go on from the newest (their changes kept) or throw their changes away.
 */
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import type { PlanState } from './usePlan.ts';

export function StaleDraft({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  const newest = state.plan?.current?.number ?? 0;
  return (
    <div className="notice" role="alert">
      <p>{t('plan.staleDraft', { base: state.draft.base, newest })}</p>
      <p className="actions">
        <button type="button" onClick={state.rebase}>
          {t('plan.keepMine', { newest })}
        </button>{' '}
        <ConfirmButton
          question={t('plan.discardQuestion')}
          confirmLabel={t('plan.discard')}
          onConfirm={state.discard}
        >
          {t('plan.discard')}
        </ConfirmButton>
      </p>
    </div>
  );
}
