import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { getJson, type ApiError, type SearchResponse } from '../api.ts';
import { ResultCard } from '../components/ResultCard.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SearchFilters } from '../components/SearchFilters.tsx';
import { ageChoices } from '../format.ts';
import { Browse } from '../components/Browse.tsx';

// The map library loads only when a map is shown.
const ResultsMap = lazy(() => import('../components/ResultsMap.tsx'));

const filterKeys = [
  'q',
  'postcode',
  'province',
  'age',
  'targetGroup',
  'modality',
  'domain',
  'free',
  'page',
] as const;

/** The search page: every choice lives in the URL, so a search can be shared and bookmarked. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [postcode, setPostcode] = useState(params.get('postcode') ?? '');
  // The answer is kept with the search it answers; while a new one loads, the last stays visible.
  const [answer, setAnswer] = useState<{
    key: string;
    response: SearchResponse | null;
    error: ApiError | null;
  } | null>(null);
  const id = useId();
  const [showMap, setShowMap] = useState(false);

  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value !== null && value !== '') query.set(key, value);
  }
  const queryString = query.toString();
  const hasCriterion = [...query.keys()].some((k) => k !== 'page');

  useEffect(() => {
    if (!hasCriterion) return;
    const controller = new AbortController();
    getJson<SearchResponse>(`/api/v1/services?${queryString}`, controller.signal).then(
      (result) => {
        setAnswer({
          key: queryString,
          response: result.ok ? result.value : null,
          error: result.ok ? null : result.error,
        });
      },
      () => undefined,
    );
    return () => {
      controller.abort();
    };
  }, [queryString, hasCriterion]);
  const loading = hasCriterion && answer?.key !== queryString;
  const response = hasCriterion ? (answer?.response ?? null) : null;
  const error = hasCriterion && !loading ? (answer?.error ?? null) : null;

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const errorText = (e: ApiError): string => {
    const field = e.fields?.[0]?.field;
    if (
      e.code === 'network' ||
      e.code === 'internal' ||
      e.code === 'unknown_postcode' ||
      e.code === 'unknown_municipality'
    )
      return t(`errors.${e.code}`);
    if (field === 'postcode' || field === 'age' || field === 'q') return t(`errors.${field}`);
    return t('errors.generic', { message: e.message });
  };

  const pages = response === null ? 0 : Math.max(1, Math.ceil(response.total / response.perPage));
  const ageLabel = (months: number) =>
    months >= 24 && months % 12 === 0
      ? t('search.ageYears', { count: months / 12 })
      : t('search.ageMonths', { count: months });

  return (
    <div className={hasCriterion ? 'search-page searched' : 'search-page'}>
      <h1>{t('search.title')}</h1>
      <p className="intro">{t('search.intro')}</p>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text.trim(), postcode: postcode.trim() });
        }}
      >
        <SearchBox value={text} onChange={setText} />
        <div className="field">
          <label htmlFor={`${id}-postcode`}>{t('search.postcode')}</label>
          <p id={`${id}-postcode-hint`} className="hint">
            {t('search.postcodeHint')}
          </p>
          <input
            id={`${id}-postcode`}
            name="postcode"
            inputMode="numeric"
            autoComplete="postal-code"
            pattern="\d{4}"
            maxLength={4}
            aria-describedby={`${id}-postcode-hint`}
            aria-invalid={
              error?.fields?.[0]?.field === 'postcode' || error?.code === 'unknown_postcode'
            }
            value={postcode}
            onChange={(event) => {
              setPostcode(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-age`}>{t('search.age')}</label>
          <select
            id={`${id}-age`}
            name="age"
            value={params.get('age') ?? ''}
            onChange={(event) => {
              update({ age: event.target.value, q: text.trim(), postcode: postcode.trim() });
            }}
          >
            <option value="">{t('search.ageAny')}</option>
            <option value="pregnant">{t('search.agePregnant')}</option>
            {ageChoices.map((m) => (
              <option key={m} value={String(m)}>
                {ageLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t('search.submit')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText('');
              setPostcode('');
              setParams(new URLSearchParams());
            }}
          >
            {t('search.clear')}
          </button>
        </div>
      </form>

      <div className="search-layout">
        {response !== null && (
          <SearchFilters facets={response.facets} params={params} update={update} />
        )}

        <section className="results" aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="visually-hidden">
            {t('search.title')}
          </h2>
          <div role="status" aria-live="polite" className="status">
            {loading && <p>{t('search.loading')}</p>}
            {!loading && !hasCriterion && <p className="visually-hidden">{t('search.empty')}</p>}
            {!loading && response !== null && (
              <>
                <p className="total">{t('search.results', { count: response.total })}</p>
                {response.placeWords !== null && response.place !== null && (
                  <p className="chips">
                    <button
                      type="button"
                      className="chip"
                      onClick={() => {
                        const kept = response.textWithoutPlace ?? '';
                        setText(kept);
                        update({ q: kept === '' ? undefined : kept });
                      }}
                    >
                      {t('search.placeChip', {
                        place:
                          response.place.postcode ??
                          (response.place.municipalities.map((m) => m.name).join(', ') ||
                            response.place.provinceName[i18n.language === 'en' ? 'en' : 'nl']),
                      })}
                      <span className="visually-hidden"> {t('search.removePlace')}</span>{' '}
                      <span aria-hidden="true">×</span>
                    </button>
                  </p>
                )}
                {response.place !== null && (
                  <p>
                    {t('search.place', {
                      place:
                        response.place.municipalities.map((m) => m.name).join(', ') ||
                        response.place.postcode ||
                        '',
                      province: response.place.provinceName[i18n.language === 'en' ? 'en' : 'nl'],
                    })}
                  </p>
                )}
                {response.searchedFor !== null && (
                  <p>{t('search.showingFor', { words: response.searchedFor })}</p>
                )}
                {response.anyWord && response.total > 0 && <p>{t('search.anyWord')}</p>}
              </>
            )}
          </div>
          {error !== null && (
            <div role="alert" className="error">
              <p>
                <strong>{t('errors.title')}.</strong> {errorText(error)}
              </p>
            </div>
          )}
          {response?.didYouMean != null && response.searchedFor === null && (
            <p>
              {t('search.didYouMean')}{' '}
              <button
                type="button"
                className="link"
                onClick={() => {
                  setText(response.didYouMean ?? '');
                  update({ q: response.didYouMean ?? undefined });
                }}
              >
                {response.didYouMean}
              </button>
              ?
            </p>
          )}
          {response !== null && response.total === 0 && <p>{t('search.noResultsHelp')}</p>}
          {response !== null && response.results.length > 0 && (
            <>
              <button
                type="button"
                className="secondary map-toggle"
                aria-expanded={showMap}
                onClick={() => {
                  setShowMap((shown) => !shown);
                }}
              >
                {showMap ? t('map.hide') : t('map.show')}
              </button>
              {showMap && (
                <Suspense fallback={<p>{t('map.loading')}</p>}>
                  <ResultsMap
                    hits={response.results}
                    label={t('map.results')}
                    start={(response.page - 1) * response.perPage + 1}
                    search={`?${params.toString()}`}
                  />
                </Suspense>
              )}
            </>
          )}
          {response !== null && response.results.length > 0 && (
            <ol className="result-list">
              {response.results.map((hit, i) => (
                <ResultCard
                  key={hit.id}
                  hit={hit}
                  number={(response.page - 1) * response.perPage + i + 1}
                  search={`?${params.toString()}`}
                />
              ))}
            </ol>
          )}
          {response !== null && pages > 1 && (
            <nav
              className="pagination"
              aria-label={t('search.page', { page: response.page, pages })}
            >
              <button
                type="button"
                disabled={response.page <= 1}
                onClick={() => {
                  update({ page: String(response.page - 1) });
                }}
              >
                {t('search.previous')}
              </button>
              <span>{t('search.page', { page: response.page, pages })}</span>
              <button
                type="button"
                disabled={response.page >= pages}
                onClick={() => {
                  update({ page: String(response.page + 1) });
                }}
              >
                {t('search.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
      {!hasCriterion && <Browse />}
    </div>
  );
}
