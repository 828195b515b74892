/** Bridging help given while the family waits: its kind, who gives it, from when. */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridgingKinds, type BridgingKind, type WaitView } from '@omringd/core';
import { sendJson, type ApiError } from '../../../api.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { todayInBrussels } from '../budget/money.ts';
import { ServicePicker } from '../parts/ServicePicker.tsx';

export function BridgingForm(props: {
  caseId: string;
  wait: WaitView;
  onSaved: (waits: WaitView[], announcement: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const first = useRef<HTMLSelectElement>(null);
  const [kind, setKind] = useState<BridgingKind>('flexible_offer');
  const [provider, setProvider] = useState('');
  const [service, setService] = useState<{ id: string; name: string } | null>(null);
  const [from, setFrom] = useState(todayInBrussels());
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const submit = async () => {
    const answer = await sendJson<WaitView[]>(
      'POST',
      `/api/v1/cases/${props.caseId}/waits/${props.wait.id}/bridging`,
      { kind, provider, serviceId: service?.id ?? null, from, to: to === '' ? null : to, note },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    props.onSaved(answer.value, t('waiting.bridging.done'));
  };
  return (
    <form
      className="entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('waiting.bridging.legend', { name: props.wait.service })}</legend>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('waiting.bridging.kind')}</label>
          <select
            id={`${id}-kind`}
            ref={first}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as BridgingKind);
            }}
          >
            {bridgingKinds.map((k) => (
              <option key={k} value={k}>
                {t(`waiting.bridging.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <FormField
          id={`${id}-provider`}
          label={t('waiting.bridging.provider')}
          value={provider}
          onChange={(e) => {
            setProvider(e.target.value);
          }}
        />
        <fieldset>
          <legend>{t('waiting.bridging.fromService')}</legend>
          {service === null ? null : <p>{service.name}</p>}
          <ServicePicker
            onPick={(hit) => {
              setService({ id: hit.id, name: hit.name });
            }}
          />
        </fieldset>
        <DateInput
          id={`${id}-from`}
          label={t('waiting.bridging.from')}
          value={from}
          onChange={setFrom}
        />
        <DateInput id={`${id}-to`} label={t('waiting.bridging.to')} value={to} onChange={setTo} />
        <FormField
          id={`${id}-note`}
          label={t('waiting.add.note')}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
          }}
        />
        <ErrorMessage error={error} />
        <button type="submit">{t('waiting.bridging.submit')}</button>{' '}
        <button type="button" onClick={props.onCancel}>
          {t('waiting.cancel')}
        </button>
      </fieldset>
    </form>
  );
}
