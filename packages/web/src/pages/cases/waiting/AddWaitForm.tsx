/** Putting the family on the waiting list of a service of the social map. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { todayInBrussels } from '../budget/money.ts';
import { ServicePicker } from '../parts/ServicePicker.tsx';

type Service = { id: string; name: string; organization: string };

export function AddWaitForm(props: {
  caseId: string;
  onAdded: (waits: WaitView[], announcement: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [service, setService] = useState<Service | null>(null);
  const [since, setSince] = useState(todayInBrussels());
  const [weeks, setWeeks] = useState('');
  const [note, setNote] = useState('');
  const [bad, setBad] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const problems: Record<string, string> = {};
    const expectedWeeks = weeks.trim() === '' ? null : Number(weeks.trim());
    if (expectedWeeks !== null && !Number.isInteger(expectedWeeks))
      problems.weeks = t('waiting.add.badWeeks');
    if (service === null) problems.service = t('waiting.add.noService');
    setBad(problems);
    if (service === null || Object.keys(problems).length > 0) return;
    const answer = await sendJson<WaitView[]>('POST', `/api/v1/cases/${props.caseId}/waits`, {
      serviceId: service.id,
      since,
      expectedWeeks,
      note,
    });
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    setService(null);
    setWeeks('');
    setNote('');
    props.onAdded(answer.value, t('waiting.add.done', { name: service.name }));
  };
  return (
    <form
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-h`}>{t('waiting.add.heading')}</h3>
      <fieldset>
        <legend>{t('budget.commit.provider')}</legend>
        {service === null ? null : (
          <p>
            {t('waiting.add.chosen', { name: service.name, organization: service.organization })}
          </p>
        )}
        <ServicePicker
          onPick={(hit) => {
            setService({ id: hit.id, name: hit.name, organization: hit.organizationName });
          }}
        />
        {bad.service === undefined ? null : <p className="error">{bad.service}</p>}
      </fieldset>
      <DateInput
        id={`${id}-since`}
        label={t('waiting.add.since')}
        value={since}
        onChange={setSince}
      />
      <FormField
        id={`${id}-weeks`}
        label={t('waiting.add.expectedWeeks')}
        hint={t('waiting.add.expectedHint')}
        error={bad.weeks}
        inputMode="numeric"
        value={weeks}
        onChange={(e) => {
          setWeeks(e.target.value);
        }}
      />
      <FormField
        id={`${id}-note`}
        label={t('waiting.add.note')}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
        }}
      />
      <ErrorMessage error={error} />
      <button type="submit">{t('waiting.add.submit')}</button>
    </form>
  );
}
