/**
 * The one extension a budget may get: asked for with a reason, decided by the role the programme
 * names. Once approved, the page says that a second one is not possible instead of offering it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../../format.ts';

export function ExtensionPanel(props: {
  caseId: string;
  budget: BudgetView;
  onAsked: (budget: BudgetView, announcement: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const { budget } = props;
  const role = budget.approverRole === null ? '' : t(`roles.${budget.approverRole}`).toLowerCase();
  const extension = budget.extension;
  const at = (instant: string | null) =>
    instant === null ? '' : formatDateTime(instant, i18n.language);

  const ask = async () => {
    const answer = await sendJson<BudgetView>(
      'POST',
      `/api/v1/cases/${props.caseId}/budget/extension`,
      { reason },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setReason('');
    props.onAsked(answer.value, t('budget.extension.done', { role }));
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('budget.extension.heading')}</h2>
      {budget.extensionMonths === null ? (
        <p>{t('budget.extension.none')}</p>
      ) : (
        <p className="hint">
          {t('budget.extension.rule', { months: budget.extensionMonths, role })}
        </p>
      )}
      {extension === null ? null : (
        <div className="extension-state">
          {extension.status === 'requested' ? (
            <p>
              {t('budget.extension.requested', {
                at: at(extension.requestedAt),
                by: extension.requestedBy,
                role,
              })}
            </p>
          ) : extension.status === 'approved' ? (
            <>
              <p>
                {t('budget.extension.approved', {
                  months: extension.months,
                  by: extension.decidedBy ?? '',
                  at: at(extension.decidedAt),
                })}
              </p>
              <p>
                <strong>{t('budget.extension.usedUp')}</strong>
              </p>
            </>
          ) : (
            <p>
              {t('budget.extension.refused', {
                by: extension.decidedBy ?? '',
                at: at(extension.decidedAt),
              })}
            </p>
          )}
          {extension.note === '' ? null : (
            <p>{t('budget.extension.decisionNote', { note: extension.note })}</p>
          )}
        </div>
      )}
      {budget.canRequestExtension ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void ask();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('budget.extension.reason')}</label>
            <textarea
              id={`${id}-reason`}
              required
              minLength={10}
              rows={3}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          </div>
          <ErrorMessage error={error} />
          <button type="submit">{t('budget.extension.submit')}</button>
        </form>
      ) : null}
    </section>
  );
}
