/** Refer a family: choose the programme; the draft starts at once and is saved as you type. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ProgrammeView } from './referralTypes.ts';

export function NewReferralPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const navigate = useNavigate();
  const [programmes, setProgrammes] = useState<ProgrammeView[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<ProgrammeView[]>('/api/v1/programmes').then((r) => {
      if (r.ok) setProgrammes(r.value);
      else setError(r.error);
    });
  }, []);
  return (
    <div>
      <h1>{t('referral.newTitle')}</h1>
      <p>{t('referral.newIntro')}</p>
      <ErrorMessage error={error} />
      <ul className="plain result-list">
        {programmes.map((p) => (
          <li key={p.key} className="result">
            <h2>{p.name[lang]}</h2>
            <p>{p.description[lang]}</p>
            <button
              type="button"
              className="primary"
              onClick={() => {
                void sendJson<{ id: string }>('POST', '/api/v1/referrals', {
                  programmeKey: p.key,
                }).then(async (r) => {
                  if (!r.ok) setError(r.error);
                  else await navigate(`/aanmeldingen/${r.value.id}/bewerken`);
                });
              }}
            >
              {t('referral.chooseLabel', { programme: p.name[lang] })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
