/** A parent or carer added to the family: a name (or how the family calls them) and a role. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adultRoles, type FamilyMember } from '@omringd/core';

/** The next free id of this kind (p1, p2, …), so ids stay short and readable. */
function nextId(members: readonly FamilyMember[], prefix: string): string {
  for (let n = 1; ; n++)
    if (!members.some((m) => m.id === `${prefix}${String(n)}`)) return `${prefix}${String(n)}`;
}

export function AddAdultForm(props: {
  members: FamilyMember[];
  onAdd: (members: FamilyMember[]) => void;
}) {
  const { t } = useTranslation();
  const heading = useId();
  const nameId = useId();
  const roleId = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<(typeof adultRoles)[number]>('parent');
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="panel"
      aria-labelledby={heading}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          setMissing(true);
          return;
        }
        setMissing(false);
        props.onAdd([
          ...props.members,
          { kind: 'adult', id: nextId(props.members, 'p'), name: name.trim(), role },
        ]);
        setName('');
      }}
    >
      <h3 id={heading}>{t('caseFile.addAdult')}</h3>
      <div className="field">
        <label htmlFor={nameId}>{t('caseFile.adultName')}</label>
        <input
          id={nameId}
          value={name}
          aria-invalid={missing}
          aria-describedby={missing ? `${nameId}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
        {missing ? (
          <p className="error" id={`${nameId}-error`}>
            {t('caseFile.adultNameMissing')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={roleId}>{t('caseFile.role')}</label>
        <select
          id={roleId}
          value={role}
          onChange={(e) => {
            setRole(e.target.value as (typeof adultRoles)[number]);
          }}
        >
          {adultRoles.map((r) => (
            <option key={r} value={r}>
              {t(`caseFile.roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('caseFile.addAdultButton')}
      </button>
    </form>
  );
}
