/**
 * Preparing the coming care table: its agenda, and what we want to talk about added to it in
 * our words (marked with our name).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

type Props = { caseId: string; meetingId: string; agenda: string[] };

export function AgendaWish({ caseId, meetingId, agenda: initial }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [agenda, setAgenda] = useState(initial);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  return (
    <div>
      {agenda.length === 0 ? null : (
        <>
          <h3>{t('portal.agendaTitle')}</h3>
          <ul>
            {agenda.map((item, index) => (
              <li key={`${String(index)}:${item}`}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void sendJson<{ agenda: string[] }>(
            'POST',
            `/api/v1/portal/cases/${caseId}/care-tables/${meetingId}/agenda`,
            { text },
          ).then((r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setAgenda(r.value.agenda);
            setText('');
            setStatus(t('portal.agendaAdded'));
          });
        }}
      >
        <ErrorMessage error={error} />
        <div className="field">
          <label htmlFor={`${id}-wish`}>{t('portal.agendaWish')}</label>
          <input
            id={`${id}-wish`}
            value={text}
            maxLength={250}
            required
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
        <button type="submit">{t('portal.agendaAdd')}</button>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </div>
  );
}
