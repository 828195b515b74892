/**
 * Referring a family: the draft is saved as you type (and kept on this device when the save
 * fails), eligibility is explained per rule while you type, and sending says exactly what is
 * still missing. Nothing typed is lost on a timeout or a closed tab.
 */
import { brusselsToday, childDateProblems } from '@omringd/core/child-dates';
import { referralDraftSchema } from '@omringd/core/referral';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sendJson } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LimitedTextArea } from '../../components/LimitedText.tsx';
import { useAutosave, type FieldProblem } from '../../components/useAutosave.ts';
import { concernFields, type Eligibility, type Referral } from './referralTypes.ts';
import { AttachmentsPanel } from './AttachmentsPanel.tsx';
import { FamilyFields } from './FamilyFields.tsx';
import { RegularHelpPanel } from './RegularHelpPanel.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { fieldTarget, referralSteps, stepOfField, type ReferralStep } from './fieldTarget.ts';
import { StepButtons, StepHeading, useStep } from '../../components/FormSteps.tsx';
import { CheckAnswers } from './CheckAnswers.tsx';
import { ConditionsStep } from './ConditionsStep.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SendActions } from './SendActions.tsx';
import { backupKey, useReferralDraft } from './useReferralDraft.ts';

type Draft = Referral['content'];
/** The server's limits (the core's draft schema), shown at each field. */
const LONG = 5000;

/** What the draft's rules refuse as typed; those fields are held back, the others saved. */
function draftProblems(draft: Draft): FieldProblem[] {
  const checked = referralDraftSchema.safeParse(draft);
  const shape = checked.success
    ? []
    : checked.error.issues.map((i) => ({
        path: i.path.filter((p) => typeof p !== 'symbol'),
        message: i.message,
      }));
  const dates = childDateProblems(draft.family.children, brusselsToday(new Date()));
  return [...shape, ...dates];
}

export function ReferralFormPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const navigate = useNavigate();
  const [step, go] = useStep(referralSteps);
  const stepName = (s: ReferralStep) => t(`formSteps.names.${s}`);
  const [eligibility, setEligibility] = useState<Eligibility | null>(null);
  const [placeUnknown, setPlaceUnknown] = useState(false);
  const {
    id,
    idRef,
    storageKey,
    referral,
    draft,
    setDraft,
    serverDraft,
    programme,
    restored,
    changed,
    setChanged,
    error,
    setError,
    save,
  } = useReferralDraft();
  const autosave = useAutosave({
    storageKey,
    value: draft,
    serverValue: serverDraft,
    changed,
    check: draftProblems,
    save,
  });

  // Eligibility while typing.
  useEffect(() => {
    if (draft === null || referral?.programmeKey == null) return;
    const timer = setTimeout(() => {
      void sendJson<Eligibility>(
        'POST',
        `/api/v1/programmes/${referral.programmeKey ?? ''}/eligibility`,
        {
          child: draft.family.children[0] ?? null,
          postalCode: draft.family.postalCode,
          situations: draft.situations,
          conditions: draft.conditions,
        },
      ).then((r) => {
        // A postal code that does not exist is said at its field while typing, not on sending.
        setPlaceUnknown(!r.ok && r.error.code === 'unknown_postcode');
        if (r.ok) setEligibility(r.value);
      });
    }, 400);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, referral?.programmeKey]);

  if (draft === null || referral === null)
    return error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );

  const change = (next: Draft) => {
    setChanged(true);
    setDraft(next);
  };
  const servicesTried = draft.concern.servicesTried;
  /** What is missing, in the reader's language: checklist items by their own label. */
  const missingText = (field: string, fallback: string, reason?: string): string => {
    if (reason !== undefined) return t(`errors.reasons.${reason}`, { defaultValue: fallback });
    if (field.startsWith('checklist.')) {
      const item = programme?.checklist.find((c) => `checklist.${c.id}` === field);
      return item === undefined
        ? fallback
        : t('referral.missing.checklist', { item: item.label[lang] });
    }
    return t(`referral.missing.${field}`, { defaultValue: fallback });
  };
  /** A problem at a field: what sending found missing, or what the rules refuse as typed. */
  const fieldError = (name: string) => {
    const problem =
      error?.fields?.find((f) => f.field === name) ??
      error?.fields?.find((f) => f.field.startsWith(`${name}.`));
    if (problem !== undefined) return missingText(problem.field, problem.message, problem.reason);
    if (name === 'family.postalCode' && placeUnknown) return t('errors.reasons.unknown_postcode');
    const refused = autosave.refused.find((p) => p.path.join('.') === name);
    if (refused === undefined) return undefined;
    if (refused.reason !== undefined)
      return t(`errors.reasons.${refused.reason}`, { defaultValue: refused.message });
    return t(`referral.refused.${name.replace(/\.\d+\./g, '.')}`, {
      defaultValue: refused.message,
    });
  };
  const tooLong = (value: string, max: number) => value.length > max;

  return (
    <div className="referral-form">
      <p>
        <Link to="/aanmeldingen">{t('referral.back')}</Link>
      </p>
      <h1>
        {programme === null
          ? t('referral.titleService', { service: referral.serviceName ?? '' })
          : t('referral.title', { programme: programme.name[lang] })}
      </h1>
      <ErrorSummary
        items={(error?.fields ?? []).map((f) => ({
          message: missingText(f.field, f.message, f.reason),
          target: fieldTarget(f.field, draft, programme),
          reveal: () => {
            go(stepOfField(f.field));
          },
        }))}
      />
      <SaveStatus state={autosave.state} restored={restored} refused={autosave.refused.length} />
      {referral.reach?.receivable === false ? (
        <p className="notice-warning">
          {t('reach.warning', { organisation: referral.reach.organizationName })}{' '}
          <a href="#reach">{t('reach.warningLink')}</a>
        </p>
      ) : null}
      <StepHeading
        steps={referralSteps}
        step={step}
        nameOf={stepName}
        label={t('formSteps.navLabel')}
        onGo={go}
      />

      {step === 'gezin' ? (
        <FamilyFields
          family={draft.family}
          onChange={(family) => {
            change({ ...draft, family });
          }}
          fieldError={fieldError}
        />
      ) : null}

      {step === 'zorg' ? (
        <>
          <section aria-labelledby="concern-heading">
            <h2 id="concern-heading">{t('referral.concern')}</h2>
            {concernFields.map((field) => (
              <LimitedTextArea
                key={field}
                id={`concern-${field}`}
                label={t(`referral.concernFields.${field}`)}
                rows={3}
                max={LONG}
                value={draft.concern[field]}
                error={
                  tooLong(draft.concern[field], LONG) ? undefined : fieldError(`concern.${field}`)
                }
                onText={(text) => {
                  change({ ...draft, concern: { ...draft.concern, [field]: text } });
                }}
              />
            ))}
          </section>

          <RegularHelpPanel
            postalCode={draft.family.postalCode}
            age={eligibility?.searchAge ?? null}
            receivingOrganizationName={referral.receivingOrganizationName}
            servicesTried={servicesTried}
            toProgramme={referral.programmeKey !== null}
            onChange={(next) => {
              change({ ...draft, concern: { ...draft.concern, servicesTried: next } });
            }}
          />
        </>
      ) : null}

      {step === 'voorwaarden' ? (
        <>
          <ConditionsStep
            draft={draft}
            programme={programme}
            eligibility={eligibility}
            change={change}
            fieldError={fieldError}
          />
        </>
      ) : null}

      {step === 'controleren' ? (
        <>
          <p>{t('check.intro')}</p>
          <CheckAnswers draft={draft} programme={programme} onGo={go} />
          {id === '' ? (
            <p className="hint">{t('referral.attachmentsAfterFirstChange')}</p>
          ) : (
            <AttachmentsPanel referralId={id} canAdd={referral.status === 'draft'} />
          )}

          {error?.fields === undefined ? <ErrorMessage error={error} /> : null}
          <SendActions
            reach={referral.reach}
            onStep={(step) => {
              void save(draft, false).then(async (saved) => {
                if (!saved.ok) {
                  setError(saved.error);
                  return;
                }
                localStorage.removeItem(backupKey(idRef.current));
                const sent = await step(idRef.current);
                if (!sent.ok) {
                  setError(sent.error);
                  return;
                }
                await navigate(`/aanmeldingen/${idRef.current}?verstuurd=1`);
              });
            }}
          />
        </>
      ) : (
        <StepButtons steps={referralSteps} step={step} nameOf={stepName} onGo={go} />
      )}
    </div>
  );
}
