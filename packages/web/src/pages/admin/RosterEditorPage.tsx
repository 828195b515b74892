/**
 * The intake duty roster of a programme: per weekday and time slot a coordinator, the general duty
 * line for the other hours, its phone numbers with their dates. Saving makes a new version.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SaveVersionButton } from './SaveVersionButton.tsx';
import { ContactsEditor, type Contact } from './ContactsEditor.tsx';

type Slot = {
  weekday: string;
  from: string;
  to: string;
  coordinatorEmail: string;
  coordinatorName: string;
};
type Roster = {
  slots: Slot[];
  dutyLine: { name: string; contacts: Contact[] };
  contacts: Contact[];
};
type Programme = {
  key: string;
  version: number;
  name: { nl: string; en: string };
  roster: Roster | null;
} & Record<string, unknown>;

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function RosterEditorPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { key = '' } = useParams();
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getJson<Programme>(`/api/v1/programmes/${key}`).then((r) => {
      if (r.ok) setProgramme(r.value);
      else setError(r.error);
    });
  }, [key]);
  if (programme === null)
    return error === null ? (
      <p role="status">{t('account.loading')}</p>
    ) : (
      <ErrorMessage error={error} />
    );
  const roster: Roster = programme.roster ?? {
    slots: [],
    dutyLine: { name: '', contacts: [{ kind: 'phone', value: '' }] },
    contacts: [],
  };
  const setRoster = (next: Roster) => {
    setProgramme({ ...programme, roster: next });
  };
  const setSlot = (index: number, patch: Partial<Slot>) => {
    setRoster({
      ...roster,
      slots: roster.slots.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    });
  };
  const fieldError = (path: string) => error?.fields?.find((f) => f.field === path)?.message;
  /** The message at a slot's field, for what the server found wrong with that field. */
  const slotError = (i: number, field: keyof Slot) => {
    const path = `roster.slots.${String(i)}.${field}`;
    const found = fieldError(path);
    if (found === undefined) return null;
    return (
      <p className="error" id={`slot-${String(i)}-${field}-error`}>
        {field === 'to'
          ? t('programmes.slotOrder')
          : t(`programmes.slotErrors.${field}`, { defaultValue: found })}
      </p>
    );
  };
  const invalid = (i: number, field: keyof Slot) =>
    fieldError(`roster.slots.${String(i)}.${field}`) === undefined
      ? {}
      : {
          'aria-invalid': true as const,
          'aria-describedby': `slot-${String(i)}-${field}-error`,
        };
  return (
    <div className="roster-editor">
      <p>
        <Link to="/beheer/programmas">{t('programmes.back')}</Link>
      </p>
      <h1>{t('programmes.rosterTitle', { name: programme.name[lang] })}</h1>
      <p className="meta">{t('programmes.version', { version: programme.version })}</p>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      <table>
        <caption>{t('programmes.slots')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.weekday')}</th>
            <th scope="col">{t('programmes.from')}</th>
            <th scope="col">{t('programmes.to')}</th>
            <th scope="col">{t('programmes.coordinator')}</th>
            <th scope="col">{t('account.email')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {roster.slots.map((slot, i) => (
            <tr key={i}>
              <td>
                <select
                  aria-label={t('programmes.weekdayOf', { row: i + 1 })}
                  value={slot.weekday}
                  onChange={(e) => {
                    setSlot(i, { weekday: e.target.value });
                  }}
                >
                  {weekdays.map((d) => (
                    <option key={d} value={d}>
                      {t(`programmes.days.${d}`)}
                    </option>
                  ))}
                </select>
              </td>
              {(['from', 'to'] as const).map((field) => (
                <td key={field}>
                  <input
                    type="time"
                    aria-label={t(field === 'from' ? 'programmes.fromOf' : 'programmes.toOf', {
                      row: i + 1,
                    })}
                    value={slot[field]}
                    {...invalid(i, field)}
                    onChange={(e) => {
                      setSlot(i, { [field]: e.target.value });
                    }}
                  />
                  {slotError(i, field)}
                </td>
              ))}
              <td>
                <input
                  aria-label={t('programmes.coordinatorOf', { row: i + 1 })}
                  value={slot.coordinatorName}
                  {...invalid(i, 'coordinatorName')}
                  onChange={(e) => {
                    setSlot(i, { coordinatorName: e.target.value });
                  }}
                />
                {slotError(i, 'coordinatorName')}
              </td>
              <td>
                <input
                  type="email"
                  aria-label={t('programmes.emailOf', { row: i + 1 })}
                  value={slot.coordinatorEmail}
                  {...invalid(i, 'coordinatorEmail')}
                  onChange={(e) => {
                    setSlot(i, { coordinatorEmail: e.target.value });
                  }}
                />
                {slotError(i, 'coordinatorEmail')}
              </td>
              <td>
                <button
                  className="danger"
                  type="button"
                  onClick={() => {
                    setRoster({ ...roster, slots: roster.slots.filter((_, j) => j !== i) });
                  }}
                >
                  {t('programmes.removeSlot', { row: i + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          setRoster({
            ...roster,
            slots: [
              ...roster.slots,
              {
                weekday: 'MO',
                from: '09:00',
                to: '12:00',
                coordinatorEmail: '',
                coordinatorName: '',
              },
            ],
          });
        }}
      >
        {t('programmes.addSlot')}
      </button>
      <div className="field">
        <label htmlFor="duty-line-name">{t('programmes.dutyLine')}</label>
        <input
          id="duty-line-name"
          value={roster.dutyLine.name}
          onChange={(e) => {
            setRoster({ ...roster, dutyLine: { ...roster.dutyLine, name: e.target.value } });
          }}
        />
      </div>
      <ContactsEditor
        caption={t('programmes.dutyLineContacts')}
        path="roster.dutyLine.contacts"
        contacts={roster.dutyLine.contacts}
        onChange={(contacts) => {
          setRoster({ ...roster, dutyLine: { ...roster.dutyLine, contacts } });
        }}
        errorAt={fieldError}
      />
      {fieldError('roster.dutyLine.contacts') === undefined ? null : (
        <p className="error">{t('programmes.dutyLineNeedsContact')}</p>
      )}
      <ContactsEditor
        caption={t('programmes.programmeContacts')}
        path="roster.contacts"
        contacts={roster.contacts}
        onChange={(contacts) => {
          setRoster({ ...roster, contacts });
        }}
        errorAt={fieldError}
      />
      <SaveVersionButton
        programme={programme}
        label={t('programmes.save')}
        onSaved={(saved) => {
          setError(null);
          setProgramme(saved);
          setStatus(t('programmes.saved', { version: saved.version }));
        }}
        onError={setError}
      />
    </div>
  );
}
