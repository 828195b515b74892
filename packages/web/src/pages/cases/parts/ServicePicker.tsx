/**
 * A service of the social map chosen for the network: searched by a few words, picked from the
 * first results. The person then carries the service's name, provider and phone, and its id.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, type ApiError, type SearchResponse, type ServiceHit } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';

export function ServicePicker({ onPick }: { onPick: (service: ServiceHit) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ServiceHit[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const search = async () => {
    if (query.trim() === '') return;
    const r = await getJson<SearchResponse>(
      `/api/v1/services?q=${encodeURIComponent(query.trim())}&perPage=5`,
    );
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setHits(r.value.results.slice(0, 5));
  };
  return (
    <div className="service-picker">
      <label id={`${id}-label`} htmlFor={`${id}-q`}>
        {t('caseParts.network.findService')}
      </label>
      <div className="picker-row">
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // Enter searches here instead of saving the person's form.
              e.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" onClick={() => void search()}>
          {t('caseParts.network.findButton')}
        </button>
      </div>
      <ErrorMessage error={error} />
      {hits === null ? null : hits.length === 0 ? (
        <p role="status">{t('caseParts.network.noService')}</p>
      ) : (
        <ul className="picker-hits" aria-live="polite">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(hit);
                  setHits(null);
                }}
              >
                {t('caseParts.network.pickService', { name: hit.name })}
              </button>{' '}
              <span className="hint">{hit.organizationName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
