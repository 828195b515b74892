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
import { ChangesSummary } from './ChangesSummary.tsx';
import { RegionEditor } from './RegionEditor.tsx';
import { LifeDomainsEditor } from './LifeDomainsEditor.tsx';
import { ExpertPoolEditor } from './ExpertPoolEditor.tsx';
import { CarePlanRulesEditor } from './CarePlanRulesEditor.tsx';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { StepButtons, StepHeading, useStep } from '../../../components/FormSteps.tsx';
import {
  changedParts,
  programmeSteps,
  stepOfProgrammeField,
  type ProgrammeStep,
} from './programmeSteps.ts';

/** Which fields of the programme each step edits. */
const parts = {
  doelgroep: ['ageWindow', 'region', 'situations', 'conditions'],
  voortraject: ['checklist', 'lifeDomains', 'expertPool'],
  termijnen: ['serviceLevels', 'maxDuration', 'carePlan'],
} satisfies Record<Exclude<ProgrammeStep, 'controleren'>, (keyof Programme)[]>;

export function ProgrammeEditorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { key = '' } = useParams();
  const [saved, setSaved] = useState<Programme | null>(null);
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [step, go] = useStep(programmeSteps);
  const stepName = (s: ProgrammeStep) => t(`programmeEditor.steps.${s}`);
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
      <ErrorSummary
        items={(error?.fields ?? []).map((f) => ({
          message: errorAt(f.field) ?? f.message,
          target: null,
          reveal: () => {
            go(stepOfProgrammeField(f.field));
          },
        }))}
      />
      <StepHeading
        steps={programmeSteps}
        step={step}
        nameOf={stepName}
        label={t('programmeEditor.stepsLabel')}
        onGo={go}
      />

      {step === 'doelgroep' ? (
        <>
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
        </>
      ) : null}
      {step === 'voortraject' ? (
        <>
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
          <LifeDomainsEditor
            domains={programme.lifeDomains}
            onChange={(lifeDomains) => {
              set({ lifeDomains });
            }}
            errorAt={errorAt}
          />
          <ExpertPoolEditor
            pool={programme.expertPool}
            onChange={(expertPool) => {
              set({ expertPool });
            }}
            errorAt={errorAt}
          />
        </>
      ) : null}
      {step === 'termijnen' ? (
        <>
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
          <CarePlanRulesEditor
            carePlan={programme.carePlan}
            onChange={(carePlan) => {
              set({ carePlan });
            }}
            errorAt={errorAt}
          />
        </>
      ) : null}

      {step === 'controleren' ? (
        <>
          <ChangesSummary
            changed={changedParts(saved, programme, parts)}
            nameOf={stepName}
            onGo={go}
          />
          {error?.fields === undefined ? <ErrorMessage error={error} /> : null}
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
        </>
      ) : (
        <StepButtons steps={programmeSteps} step={step} nameOf={stepName} onGo={go} />
      )}
    </div>
  );
}
