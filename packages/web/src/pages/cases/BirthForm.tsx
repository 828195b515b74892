/** The birth of a child still to be born: its name and date of birth, in one small form. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BirthRecordedView } from '@omringd/core';
import { sendJson, type ApiError } from '../../api.ts';
import { DateInput } from '../../components/DateInput.tsx';

export function BirthForm(props: {
  caseId: string;
  version: number;
  memberId: string;
  onRecorded: (recorded: BirthRecordedView) => void;
  onRefused: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const heading = useId();
  const nameId = useId();
  const dateId = useId();
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  return (
    <form
      className="panel"
      aria-labelledby={heading}
      onSubmit={(event) => {
        event.preventDefault();
        void sendJson<BirthRecordedView>('POST', `/api/v1/cases/${props.caseId}/family/birth`, {
          version: props.version,
          memberId: props.memberId,
          name,
          birthDate,
        }).then((r) => {
          if (r.ok) props.onRecorded(r.value);
          else props.onRefused(r.error);
        });
      }}
    >
      <h3 id={heading}>{t('caseFile.recordBirth')}</h3>
      <div className="field">
        <label htmlFor={nameId}>{t('caseFile.childName')}</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </div>
      <DateInput
        id={dateId}
        label={t('caseFile.birthDate')}
        value={birthDate}
        onChange={setBirthDate}
      />
      <button type="submit" className="button">
        {t('caseFile.recordBirthButton')}
      </button>
    </form>
  );
}
