/** Refer a family: choose the programme; the draft is stored from the first change, as you type. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { ProgrammeView } from './referralTypes.ts';

export function NewReferralPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
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
            <Link className="button primary" to={`/aanmeldingen/nieuw/programma/${p.key}`}>
              {t('referral.chooseLabel', { programme: p.name[lang] })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
