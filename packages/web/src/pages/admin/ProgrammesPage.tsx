/** Programmes a network coordinator looks after: their rules and deadlines, and their roster. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useSession } from '../../session/session.ts';
import { UndeliverablePanel } from './UndeliverablePanel.tsx';

type Item = { key: string; version: number; name: { nl: string; en: string } };

export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const { session } = useSession();
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
      <ul className="plain result-list">
        {items.map((p) => (
          <li key={p.key} className="result">
            <h2>{p.name[lang]}</h2>
            <p className="meta">{t('programmes.version', { version: p.version })}</p>
            <p>
              <Link
                to={`/beheer/programmas/${p.key}/regels`}
                aria-label={t('programmes.rulesLinkLabel', { name: p.name[lang] })}
              >
                {t('programmes.rulesLink')}
              </Link>
              {' · '}
              <Link
                to={`/beheer/programmas/${p.key}`}
                aria-label={t('programmes.rosterLinkLabel', { name: p.name[lang] })}
              >
                {t('programmes.rosterLink')}
              </Link>
            </p>
          </li>
        ))}
      </ul>
      {session.state === 'signed_in' && session.rights.includes('aggregate.read') ? (
        <UndeliverablePanel />
      ) : null}
    </div>
  );
}
