/**
 * A network coordinator edits who a programme is for (age window, situations, conditions), what
 * the referrer does first (checklist), its service levels and its maximum duration. Saving makes
 * a new version, validated by the core on the server; referrals keep the version they were sent with.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Programme } from '@omringd/core/programme';
import { getJson, type ApiError } from '../../../api.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { SaveVersionButton } from '../SaveVersionButton.tsx';
import { CriteriaEditor } from './CriteriaEditor.tsx';
import { ServiceLevelsEditor } from './ServiceLevelsEditor.tsx';
import { AgeWindowEditor } from './AgeWindowEditor.tsx';
import { MaxDurationEditor } from './MaxDurationEditor.tsx';
import { fieldMessage } from './fieldMessage.ts';
import { RegionEditor } from './RegionEditor.tsx';

export function ProgrammeEditorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { key = '' } = useParams();
  const [saved, setSaved] = useState<Programme | null>(null);
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getJson<Programme>(`/api/v1/programmes/${key}`).then((r) => {
      if (r.ok) {
        setSaved(r.value);
        setProgramme(r.value);
      } else setError(r.error);
    });
  }, [key]);
  if (programme === null || saved === null)
    return error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );

  const errorAt = (path: string) => {
    const problem = error?.fields?.find((f) => f.field === path);
    if (problem === undefined) return undefined;
    // Refused because it reaches another region, not because something is missing.
    if (error?.code === 'forbidden') return t('programmeEditor.errors.outsideRegion');
    return fieldMessage(t, problem.field, problem.message);
  };
  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  const set = (patch: Partial<Programme>) => {
    setStatus('');
    setProgramme({ ...programme, ...patch });
  };

  return (
    <div className="programme-editor">
      <p>
        <Link to="/beheer/programmas">{t('programmes.back')}</Link>
      </p>
      <h1>{t('programmeEditor.title', { name: programme.name[lang] })}</h1>
      <p className="meta">{t('programmes.version', { version: programme.version })}</p>
      <p>{t('programmeEditor.intro')}</p>

      <AgeWindowEditor
        ageWindow={programme.ageWindow}
        onChange={(ageWindow) => {
          set({ ageWindow });
        }}
        errorAt={errorAt}
      />
      <RegionEditor
        region={programme.region}
        onChange={(region) => {
          set({ region });
        }}
        errorAt={errorAt}
      />
      <fieldset>
        <legend>{t('programmeEditor.situationsMode')}</legend>
        {(['any', 'all'] as const).map((mode) => (
          <label key={mode} className="facet-option">
            <input
              type="radio"
              name="situations-mode"
              checked={programme.situations.mode === mode}
              onChange={() => {
                set({ situations: { ...programme.situations, mode } });
              }}
            />{' '}
            {t(`programmeEditor.modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <CriteriaEditor
        path="situations.items"
        legend={t('programmeEditor.situations')}
        items={programme.situations.items}
        savedIds={ids(saved.situations.items)}
        onChange={(items) => {
          set({ situations: { ...programme.situations, items } });
        }}
        errorAt={errorAt}
      />
      <CriteriaEditor
        path="conditions"
        legend={t('programmeEditor.conditions')}
        items={programme.conditions}
        savedIds={ids(saved.conditions)}
        onChange={(conditions) => {
          set({ conditions });
        }}
        errorAt={errorAt}
      />
      <CriteriaEditor
        path="checklist"
        legend={t('programmeEditor.checklist')}
        items={programme.checklist}
        savedIds={ids(saved.checklist)}
        onChange={(checklist) => {
          set({ checklist });
        }}
        errorAt={errorAt}
      />
      <ServiceLevelsEditor
        levels={programme.serviceLevels}
        savedIds={ids(saved.serviceLevels)}
        onChange={(serviceLevels) => {
          set({ serviceLevels });
        }}
        errorAt={errorAt}
      />
      <MaxDurationEditor
        maxDuration={programme.maxDuration}
        onChange={(maxDuration) => {
          set({ maxDuration });
        }}
        errorAt={errorAt}
      />

      {error?.fields === undefined ? (
        <ErrorMessage error={error} />
      ) : (
        <p role="alert" className="error">
          {t('errors.invalid_input')}
        </p>
      )}
      <p role="status" className="status">
        {status}
      </p>
      <SaveVersionButton
        programme={programme}
        label={t('programmeEditor.save')}
        onSaved={(saved) => {
          setError(null);
          setSaved(saved);
          setProgramme(saved);
          setStatus(t('programmes.saved', { version: saved.version }));
        }}
        onError={setError}
      />
    </div>
  );
}
