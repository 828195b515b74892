/**
 * The family in a referral: parents, children (an unborn child with its due date), where they
 * live, their language and whether they need an interpreter. What is typed stays visible; the
 * draft takes a postal code once it has four digits.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import type { Referral } from './referralTypes.ts';

type Family = Referral['content']['family'];
type Child = Family['children'][number];
type Parent = { name: string; role: (typeof parentRoles)[number] };
type Props = {
  family: Family;
  onChange: (family: Family) => void;
  fieldError: (name: string) => string | undefined;
};

/** Languages families in Flanders speak most often at home (codes; names from the browser). */
const familyLanguages = [
  'nl',
  'fr',
  'en',
  'ar',
  'tr',
  'pl',
  'ro',
  'bg',
  'ru',
  'uk',
  'so',
  'ti',
  'prs',
  'ps',
  'es',
  'pt',
  'it',
  'de',
  'sq',
  'ku',
];
const parentRoles = ['mother', 'father', 'parent', 'other'] as const;

export function FamilyFields({ family, onChange, fieldError }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const [postalText, setPostalText] = useState<string | null>(null);
  const languageNames = new Intl.DisplayNames([lang === 'en' ? 'en' : 'nl-BE'], {
    type: 'language',
  });
  const parents: Parent[] =
    family.parents.length === 0
      ? [{ name: '', role: 'parent' }]
      : family.parents.map((p) => ({ name: p.name, role: p.role }));
  const children: (Child | null)[] = family.children.length === 0 ? [null] : family.children;
  const setChild = (index: number, child: Child) => {
    const next = [...family.children];
    next[index] = child;
    onChange({ ...family, children: next });
  };
  const suffix = (index: number) =>
    index === 0 ? '' : ` (${t('referral.childN', { n: index + 1 })})`;

  return (
    // The step's heading ("Stap 1 van 4: Het gezin") names this part already.
    <section aria-label={t('referral.family')}>
      {parents.map((parent, index) => (
        <div key={index} className="inline-fields">
          <FormField
            id={`parent-name-${String(index)}`}
            label={
              index === 0 ? t('referral.parentName') : t('referral.parentNameN', { n: index + 1 })
            }
            value={parent.name}
            onChange={(e) => {
              const next = [...parents];
              next[index] = { ...parent, name: e.target.value };
              onChange({ ...family, parents: next });
            }}
          />
          <div className="field">
            <label htmlFor={`parent-role-${String(index)}`}>
              {t('referral.parentRole', { n: index + 1 })}
            </label>
            <select
              id={`parent-role-${String(index)}`}
              value={parent.role}
              onChange={(e) => {
                const next = [...parents];
                next[index] = {
                  ...parent,
                  role: parentRoles.find((r) => r === e.target.value) ?? parent.role,
                };
                onChange({ ...family, parents: next });
              }}
            >
              {parentRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`referral.roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          {index === 0 ? null : (
            <button
              className="danger"
              type="button"
              onClick={() => {
                onChange({ ...family, parents: parents.filter((_, i) => i !== index) });
              }}
            >
              {t('referral.removeParent', { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {parents.length < 6 ? (
        <button
          type="button"
          onClick={() => {
            onChange({ ...family, parents: [...parents, { name: '', role: 'parent' }] });
          }}
        >
          {t('referral.addParent')}
        </button>
      ) : null}

      {children.map((child, index) => (
        <fieldset key={index}>
          <legend>
            {index === 0 ? t('referral.child') : t('referral.childN', { n: index + 1 })}
          </legend>
          <label className="facet-option">
            <input
              id={`born-${String(index)}`}
              type="radio"
              name={`born-${String(index)}`}
              checked={child !== null && !child.born}
              onChange={() => {
                setChild(index, { born: false, dueDate: '' });
              }}
            />{' '}
            {t('referral.unborn')}
          </label>
          <label className="facet-option">
            <input
              type="radio"
              name={`born-${String(index)}`}
              checked={child?.born === true}
              onChange={() => {
                setChild(index, { born: true, name: '', birthDate: '' });
              }}
            />{' '}
            {t('referral.born')}
          </label>
          {child === null ? null : child.born ? (
            <>
              <FormField
                id={`child-name-${String(index)}`}
                label={`${t('referral.childName')}${suffix(index)}`}
                value={child.name}
                onChange={(e) => {
                  setChild(index, { ...child, name: e.target.value });
                }}
              />
              <DateInput
                id={index === 0 ? 'birth-date' : `birth-date-${String(index)}`}
                label={`${t('referral.birthDate')}${suffix(index)}`}
                value={child.birthDate}
                error={
                  fieldError(`family.children.${String(index)}.birthDate`) ??
                  (index === 0 ? fieldError('family.children') : undefined)
                }
                onChange={(birthDate) => {
                  setChild(index, { ...child, birthDate });
                }}
              />
            </>
          ) : (
            <DateInput
              id={index === 0 ? 'due-date' : `due-date-${String(index)}`}
              label={`${t('referral.dueDate')}${suffix(index)}`}
              value={child.dueDate}
              error={
                fieldError(`family.children.${String(index)}.dueDate`) ??
                (index === 0 ? fieldError('family.children') : undefined)
              }
              onChange={(dueDate) => {
                setChild(index, { born: false, dueDate });
              }}
            />
          )}
          {index === 0 ? null : (
            <button
              className="danger"
              type="button"
              onClick={() => {
                onChange({ ...family, children: family.children.filter((_, i) => i !== index) });
              }}
            >
              {t('referral.removeChild', { n: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {family.children.length > 0 && family.children.length < 12 ? (
        <button
          type="button"
          onClick={() => {
            onChange({
              ...family,
              children: [...family.children, { born: true, name: '', birthDate: '' }],
            });
          }}
        >
          {t('referral.addChild')}
        </button>
      ) : null}

      <FormField
        id="street"
        label={t('referral.street')}
        autoComplete="off"
        value={family.street}
        onChange={(e) => {
          onChange({ ...family, street: e.target.value });
        }}
      />
      <FormField
        id="postal-code"
        label={t('referral.postalCode')}
        hint={t('search.postcodeHint')}
        inputMode="numeric"
        value={postalText ?? family.postalCode ?? ''}
        error={fieldError('family.postalCode')}
        onChange={(e) => {
          setPostalText(e.target.value);
          onChange({
            ...family,
            postalCode: /^\d{4}$/.test(e.target.value) ? e.target.value : null,
          });
        }}
      />
      <div className="field">
        <label htmlFor="family-language">{t('referral.language')}</label>
        <select
          id="family-language"
          value={family.language}
          onChange={(e) => {
            onChange({ ...family, language: e.target.value });
          }}
        >
          {[...new Set([...familyLanguages, family.language])].map((code) => (
            <option key={code} value={code}>
              {languageNames.of(code) ?? code}
            </option>
          ))}
        </select>
      </div>
      <label className="facet-option">
        <input
          type="checkbox"
          checked={family.interpreterNeeded}
          onChange={(e) => {
            onChange({ ...family, interpreterNeeded: e.target.checked });
          }}
        />{' '}
        {t('referral.interpreter')}
      </label>
    </section>
  );
}
