/**
 * A service's capacity beside its edit form: places free now, of how many, of what. Saved on its
 * own (it changes weekly, the rest of the service seldom), stamped with the moment it was set.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, ignoreAbort, sendJson, type ApiError, type ServiceDetail } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';

type Capacity = ServiceDetail['capacity'];
const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

export function CapacityPanel({ serviceId, onSaved }: { serviceId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [available, setAvailable] = useState('');
  const [maximum, setMaximum] = useState('');
  const [unit, setUnit] = useState('');
  const [bad, setBad] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const show = (c: Capacity) => {
    setAvailable(c === null ? '' : String(c.available));
    setMaximum(c?.maximum === undefined ? '' : String(c.maximum));
    setUnit(c?.unit ?? '');
  };
  useEffect(() => {
    const abort = new AbortController();
    void getJson<ServiceDetail>(`/api/v1/services/${serviceId}`, abort.signal)
      .then((answer) => {
        if (!answer.ok) return;
        const c = answer.value.capacity;
        setAvailable(c === null ? '' : String(c.available));
        setMaximum(c?.maximum === undefined ? '' : String(c.maximum));
        setUnit(c?.unit ?? '');
      })
      .catch(ignoreAbort);
    return () => {
      abort.abort();
    };
  }, [serviceId]);
  const save = async (clear: boolean) => {
    const free = count(available);
    const all = maximum.trim() === '' ? null : count(maximum);
    const problems: Record<string, string> = {};
    if (!clear && free === null) problems.available = t('manage.capacity.badNumber');
    if (!clear && maximum.trim() !== '' && all === null)
      problems.maximum = t('manage.capacity.badNumber');
    setBad(problems);
    if (Object.keys(problems).length > 0) return;
    const answer = await sendJson<{ capacity: Capacity }>(
      'PUT',
      `/api/v1/manage/services/${serviceId}/capacity`,
      { capacity: clear ? null : { available: free, maximum: all, unit } },
    );
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(null);
    show(answer.value.capacity);
    setStatus(t(clear ? 'manage.capacity.cleared' : 'manage.capacity.saved'));
    onSaved();
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('manage.capacity.heading')}</h2>
      <p className="hint">{t('manage.capacity.hint')}</p>
      <p role="status" className="status">
        {status}
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <FormField
          id={`${id}-available`}
          label={t('manage.capacity.available')}
          error={bad.available}
          inputMode="numeric"
          value={available}
          onChange={(e) => {
            setAvailable(e.target.value);
          }}
        />
        <FormField
          id={`${id}-maximum`}
          label={t('manage.capacity.maximum')}
          error={bad.maximum}
          inputMode="numeric"
          value={maximum}
          onChange={(e) => {
            setMaximum(e.target.value);
          }}
        />
        <FormField
          id={`${id}-unit`}
          label={t('manage.capacity.unit')}
          value={unit}
          onChange={(e) => {
            setUnit(e.target.value);
          }}
        />
        <ErrorMessage error={error} />
        <button type="submit">{t('manage.capacity.save')}</button>{' '}
        <button type="button" onClick={() => void save(true)}>
          {t('manage.capacity.clear')}
        </button>
      </form>
    </section>
  );
}
