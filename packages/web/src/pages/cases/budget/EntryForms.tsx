/** The two things one does with a ledger line: record a payment on it, or correct it once. */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro, parseEuro } from '@omringd/core/budget';
import type { BudgetView, EntryView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { euroLocale, todayInBrussels } from './money.ts';

type Props = {
  caseId: string;
  entry: EntryView;
  onDone: (budget: BudgetView, announcement: string) => void;
  onCancel: () => void;
};

/** The form opens where the eye and the screen reader are: its first field takes the focus. */
function useFocusFirst() {
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea, [role="spinbutton"]')?.focus();
  }, []);
  return ref;
}

export function EntryPayment({ caseId, entry, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useFocusFirst();
  const [paidOn, setPaidOn] = useState(todayInBrussels());
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const cents = parseEuro(amount);
    if (cents === null || cents === 0) {
      setAmountError(t('budget.commit.badAmount'));
      return;
    }
    setAmountError(undefined);
    const answer = await sendJson<BudgetView>('POST', `/api/v1/cases/${caseId}/budget/payments`, {
      commitmentId: entry.id,
      paidOn,
      amountCents: cents,
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    onDone(answer.value, t('budget.pay.done'));
  };
  return (
    <form
      className="entry-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset ref={ref}>
        <legend>{t('budget.pay.legend', { provider: entry.provider ?? '' })}</legend>
        <FormField
          id={`${id}-amount`}
          label={t('budget.pay.amount')}
          hint={t('budget.commit.amountHint')}
          error={amountError}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
          }}
        />
        <DateInput
          id={`${id}-day`}
          label={t('budget.pay.paidOn')}
          value={paidOn}
          onChange={setPaidOn}
        />
        <ErrorMessage error={error} />
        <button type="submit">{t('budget.pay.submit')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('budget.cancel')}
        </button>
      </fieldset>
    </form>
  );
}

export function EntryCorrection({ caseId, entry, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ref = useFocusFirst();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const answer = await sendJson<BudgetView>('POST', `/api/v1/cases/${caseId}/budget/reversals`, {
      entryId: entry.id,
      reason,
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    onDone(answer.value, t('budget.reverse.done'));
  };
  return (
    <form
      className="entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset ref={ref}>
        <legend>
          {t('budget.reverse.legend', {
            entry: t(`budget.kinds.${entry.kind}`).toLowerCase(),
            amount: formatEuro(entry.amountCents, euroLocale(i18n.language)),
          })}
        </legend>
        <FormField
          id={`${id}-reason`}
          label={t('budget.reverse.reason')}
          required
          minLength={3}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
          }}
        />
        <ErrorMessage error={error} />
        <button type="submit">{t('budget.reverse.submit')}</button>{' '}
        <button type="button" onClick={onCancel}>
          {t('budget.cancel')}
        </button>
      </fieldset>
    </form>
  );
}
