/** A member of the family changed: the name and role of a parent, a child's name and birth date, a due date. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adultRoles, type FamilyMember } from '@omringd/core';
import { DateInput } from '../../components/DateInput.tsx';

export function EditMemberForm(props: {
  member: FamilyMember;
  title: string;
  onSave: (member: FamilyMember) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [member, setMember] = useState<FamilyMember>(props.member);
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="panel"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (member.kind === 'adult' && member.name.trim() === '') {
          setMissing(true);
          return;
        }
        props.onSave(member);
      }}
    >
      <h3 id={`${id}-heading`}>{props.title}</h3>
      {member.kind === 'unborn' ? null : (
        <div className="field">
          <label htmlFor={`${id}-name`}>
            {member.kind === 'adult' ? t('caseFile.adultName') : t('caseFile.childName')}
          </label>
          <input
            id={`${id}-name`}
            value={member.name}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-name-error` : undefined}
            onChange={(e) => {
              setMember({ ...member, name: e.target.value });
            }}
          />
          {missing ? (
            <p className="error" id={`${id}-name-error`}>
              {t('caseFile.adultNameMissing')}
            </p>
          ) : null}
        </div>
      )}
      {member.kind === 'adult' ? (
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('caseFile.role')}</label>
          <select
            id={`${id}-role`}
            value={member.role}
            onChange={(e) => {
              setMember({ ...member, role: e.target.value as (typeof adultRoles)[number] });
            }}
          >
            {adultRoles.map((r) => (
              <option key={r} value={r}>
                {t(`caseFile.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
      ) : member.kind === 'child' ? (
        <DateInput
          id={`${id}-birth`}
          label={t('caseFile.birthDate')}
          value={member.birthDate}
          onChange={(birthDate) => {
            setMember({ ...member, birthDate });
          }}
        />
      ) : (
        <DateInput
          id={`${id}-due`}
          label={t('caseFile.dueDate')}
          value={member.dueDate}
          onChange={(dueDate) => {
            setMember({ ...member, dueDate });
          }}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('caseFile.saveMember')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('caseParts.cancel')}
        </button>
      </div>
    </form>
  );
}
