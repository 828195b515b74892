/**
 * Writing a goal of our own: in our words, and how important it is to us. What was typed stays
 * in the field until the plan has it (a refusal or a lost connection loses nothing).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyGoalInput, PlanVersion } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { newId } from '../cases/parts/newId.ts';

const choices = ['high', 'medium', 'low'] as const;

export function AddGoalForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [priority, setPriority] = useState<(typeof choices)[number] | 'unknown'>('unknown');
  const [goalId, setGoalId] = useState(() => newId('gezin'));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <form
      className="portal-card"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        const body: FamilyGoalInput = { goalId, text, priority, domains: [] };
        void sendJson<PlanVersion>('POST', `/api/v1/portal/cases/${caseId}/goals`, body).then(
          (r) => {
            setBusy(false);
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setText('');
            setPriority('unknown');
            setGoalId(newId('gezin'));
            setStatus(t('portal.goalAdded'));
            onAdded();
          },
        );
      }}
    >
      <h2 id={`${id}-title`}>{t('portal.addGoalTitle')}</h2>
      <p>{t('portal.addGoalIntro')}</p>
      <ErrorMessage error={error} />
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('portal.goalText')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('portal.goalHint')}
        </p>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          required
          minLength={3}
          maxLength={1000}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </div>
      <fieldset>
        <legend>{t('portal.howImportant')}</legend>
        {choices.map((c) => (
          <label key={c} className="choice">
            <input
              type="radio"
              name={`${id}-priority`}
              value={c}
              checked={priority === c}
              onChange={() => {
                setPriority(c);
              }}
            />{' '}
            {t(`caseParts.domains.priority.${c}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {t('portal.addGoal')}
      </button>
      <p role="status" className="status">
        {status}
      </p>
    </form>
  );
}
