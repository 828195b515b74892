/**
 * The referral's third step: the programme's situations, conditions and checklist, the talk with
 * the parents and their agreement to share, and whether the family fits the target group.
 */
import { useTranslation } from 'react-i18next';
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText.tsx';
import type { Eligibility, ProgrammeView, Referral } from './referralTypes.ts';

type Draft = Referral['content'];
/** The server's limits (the core's draft schema), shown at each field. */
const LONG = 5000;
const SHORT = 200;

type Props = {
  draft: Draft;
  programme: ProgrammeView | null;
  eligibility: Eligibility | null;
  change: (next: Draft) => void;
  fieldError: (name: string) => string | undefined;
};

const toggle = (list: string[], item: string, on: boolean) =>
  on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
const tooLong = (value: string, max: number) => value.length > max;

export function ConditionsStep({ draft, programme, eligibility, change, fieldError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <>
      {programme === null ? null : (
        <>
          <fieldset>
            <legend>
              {programme.situations.mode === 'any'
                ? t('referral.situationsAny')
                : t('referral.situationsAll')}
            </legend>
            {programme.situations.items.map((item) => (
              <label key={item.id} className="facet-option">
                <input
                  id={`situation-${item.id}`}
                  type="checkbox"
                  checked={draft.situations.includes(item.id)}
                  onChange={(e) => {
                    change({
                      ...draft,
                      situations: toggle(draft.situations, item.id, e.target.checked),
                    });
                  }}
                />{' '}
                {item.label[lang]} <span className="hint">— {item.explanation[lang]}</span>
              </label>
            ))}
          </fieldset>
          {programme.conditions.length === 0 ? null : (
            <fieldset>
              <legend>{t('referral.conditions')}</legend>
              {programme.conditions.map((item) => (
                <label key={item.id} className="facet-option">
                  <input
                    type="checkbox"
                    checked={draft.conditions.includes(item.id)}
                    onChange={(e) => {
                      change({
                        ...draft,
                        conditions: toggle(draft.conditions, item.id, e.target.checked),
                      });
                    }}
                  />{' '}
                  {item.label[lang]}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('referral.checklist')}</legend>
            {programme.checklist.map((item) => (
              <label key={item.id} className="facet-option">
                <input
                  id={`checklist-${item.id}`}
                  type="checkbox"
                  checked={draft.checklist.includes(item.id)}
                  onChange={(e) => {
                    change({
                      ...draft,
                      checklist: toggle(draft.checklist, item.id, e.target.checked),
                    });
                  }}
                />{' '}
                {item.label[lang]} <span className="hint">— {item.explanation[lang]}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}

      <fieldset>
        <legend>{t('referral.consent')}</legend>
        <label className="facet-option">
          <input
            id="discussed"
            type="checkbox"
            checked={draft.discussedWithParents}
            onChange={(e) => {
              change({ ...draft, discussedWithParents: e.target.checked });
            }}
          />{' '}
          {t('referral.discussed')}
        </label>
        {(['given', 'refused', 'not_asked'] as const).map((value) => (
          <label key={value} className="facet-option">
            <input
              id={`agreement-${value}`}
              type="radio"
              name="agreement"
              checked={draft.agreementToShare === value}
              onChange={() => {
                change({ ...draft, agreementToShare: value });
              }}
            />{' '}
            {t(`referral.agreement.${value}`)}
          </label>
        ))}
        {draft.agreementToShare === 'given' ? null : (
          <LimitedInput
            id="legal-basis"
            label={t('referral.legalBasis')}
            max={SHORT}
            value={draft.legalBasis ?? ''}
            error={tooLong(draft.legalBasis ?? '', SHORT) ? undefined : fieldError('legalBasis')}
            onText={(text) => {
              change({ ...draft, legalBasis: text === '' ? null : text });
            }}
          />
        )}
      </fieldset>

      {eligibility === null ? null : (
        <section aria-labelledby="eligibility-heading" aria-live="polite" className="eligibility">
          <h2 id="eligibility-heading">{t('referral.eligibility')}</h2>
          <ul className="plain">
            {eligibility.rules.map((rule) => (
              <li key={rule.rule} className={`rule rule-${rule.status}`}>
                <strong>{t(`referral.ruleStatus.${rule.status}`)}</strong> {rule.explanation[lang]}
              </li>
            ))}
          </ul>
          {eligibility.eligible === false ? (
            <LimitedTextArea
              id="justification"
              label={t('referral.justification')}
              rows={3}
              max={LONG}
              value={draft.ineligibleJustification ?? ''}
              error={
                tooLong(draft.ineligibleJustification ?? '', LONG)
                  ? undefined
                  : fieldError('ineligibleJustification')
              }
              onText={(text) => {
                change({ ...draft, ineligibleJustification: text === '' ? null : text });
              }}
            />
          ) : null}
        </section>
      )}
    </>
  );
}
