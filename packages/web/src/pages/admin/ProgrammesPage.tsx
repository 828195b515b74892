/** Programmes a network coordinator looks after, to edit their roster and deadlines. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

type Item = { key: string; version: number; name: { nl: string; en: string } };

export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    void getJson<Item[]>('/api/v1/programmes').then((r) => {
      if (r.ok) setItems(r.value);
      else setError(r.error);
    });
  }, []);
  return (
    <div>
      <h1>{t('programmes.title')}</h1>
      <ErrorMessage error={error} />
      <ul>
        {items.map((p) => (
          <li key={p.key}>
            <Link to={`/beheer/programmas/${p.key}`}>{p.name[lang]}</Link> —{' '}
            {t('programmes.version', { version: p.version })}
          </li>
        ))}
      </ul>
    </div>
  );
}
