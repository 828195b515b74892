/**
 * Every version of the plan (the page keys this by the newest, so a new version starts afresh),
 * each readable, and two of them side by side: what was added,
 * removed or changed (the core compares them with jsondiffpatch).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareVersions,
  type CasePlan,
  type PlanDifference,
  type PlanVersion,
} from '@omringd/core';
import { getJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { formatDateTime } from '../../../format.ts';
import { DifferenceRow } from './DifferenceRow.tsx';

export function VersionsPanel({ caseId, plan }: { caseId: string; plan: CasePlan }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const newest = plan.versions[0]?.number ?? 0;
  const [from, setFrom] = useState(Math.max(1, newest - 1));
  const [to, setTo] = useState(newest);
  const [pair, setPair] = useState<[PlanVersion, PlanVersion] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const compare = async () => {
    const read = (n: number) =>
      getJson<PlanVersion>(`/api/v1/cases/${caseId}/plan/versions/${String(n)}`);
    const [a, b] = await Promise.all([read(from), read(to)]);
    if (!a.ok || !b.ok) {
      setError(a.ok ? (b.ok ? null : b.error) : a.error);
      return;
    }
    setError(null);
    setPair([a.value, b.value]);
  };
  const rows: PlanDifference[] =
    pair === null ? [] : compareVersions(pair[0].content, pair[1].content);
  const picker = (label: string, value: number, onChange: (n: number) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select
        id={`${id}-${label}`}
        value={value}
        onChange={(e) => {
          onChange(Number(e.target.value));
        }}
      >
        {plan.versions.map((v) => (
          <option key={v.number} value={v.number}>
            {t('plan.versionOption', {
              number: v.number,
              at: formatDateTime(v.createdAt, i18n.language),
            })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="plan-versions">
      <h2 id={`${id}-heading`}>{t('plan.versionsTitle')}</h2>
      <ol reversed>
        {plan.versions.map((v) => (
          <li key={v.number}>
            {t('plan.versionLine', {
              number: v.number,
              at: formatDateTime(v.createdAt, i18n.language),
              by: v.createdBy,
            })}{' '}
            —{' '}
            {t(
              `plan.changes.${v.change.kind}`,
              v.change.kind === 'switched' ? { from: v.change.from, to: v.change.to } : {},
            )}
            {v.change.kind === 'switched' ? <q> {v.change.reason}</q> : null}
            {v.change.kind === 'saved' && v.change.note !== '' ? <q> {v.change.note}</q> : null}
          </li>
        ))}
      </ol>
      {plan.versions.length < 2 ? null : (
        <form
          className="plan-compare"
          onSubmit={(event) => {
            event.preventDefault();
            void compare();
          }}
        >
          {picker(t('plan.compareFrom'), from, setFrom)}
          {picker(t('plan.compareTo'), to, setTo)}
          <button type="submit">{t('plan.compare')}</button>
        </form>
      )}
      <ErrorMessage error={error} />
      {pair === null ? null : (
        <div role="status">
          <h3>{t('plan.comparing', { from: pair[0].number, to: pair[1].number })}</h3>
          {rows.length === 0 ? (
            <p>{t('plan.noDifference')}</p>
          ) : (
            <table className="plan-diff">
              <caption className="visually-hidden">
                {t('plan.comparing', { from: pair[0].number, to: pair[1].number })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.diffWhat')}</th>
                  <th scope="col">{t('plan.versionNumber', { number: pair[0].number })}</th>
                  <th scope="col">{t('plan.versionNumber', { number: pair[1].number })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <DifferenceRow key={`${row.kind}:${row.id}`} row={row} />
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
