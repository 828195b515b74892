/**
 * A person of the network, added or changed: who they are to the family, how supportive, how to
 * reach them, and whether the family agrees to involve them ("no" is a normal answer).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { involvementAnswers, networkTies, supportLevels, type NetworkPerson } from '@omringd/core';
import { useKeptState } from './useKeptState.ts';
import { ServicePicker } from './ServicePicker.tsx';

export const emptyPerson = (id: string): NetworkPerson => ({
  id,
  name: '',
  relation: '',
  tie: 'family',
  support: 'some',
  organization: '',
  serviceId: null,
  phone: '',
  email: '',
  involve: 'not_asked',
  involveNote: '',
});

export function PersonForm(props: {
  storageKey: string;
  person: NetworkPerson;
  isNew: boolean;
  onSave: (person: NetworkPerson) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [person, setPerson, forget] = useKeptState(props.storageKey, () => props.person);
  const [missing, setMissing] = useState(false);
  const change = (patch: Partial<NetworkPerson>) => {
    setPerson({ ...person, ...patch });
  };
  const text = (field: 'name' | 'relation' | 'organization' | 'phone' | 'email', type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`caseParts.network.fields.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        type={type}
        value={person[field]}
        aria-invalid={field === 'name' && missing ? true : undefined}
        aria-describedby={field === 'name' && missing ? `${id}-name-error` : undefined}
        onChange={(e) => {
          change({ [field]: e.target.value });
        }}
      />
      {field === 'name' && missing ? (
        <p className="error" id={`${id}-name-error`}>
          {t('caseParts.network.nameMissing')}
        </p>
      ) : null}
    </div>
  );
  const choice = <K extends 'tie' | 'support' | 'involve'>(
    field: K,
    options: readonly NetworkPerson[K][],
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(`caseParts.network.fields.${field}`)}</label>
      <select
        id={`${id}-${field}`}
        value={person[field]}
        onChange={(e) => {
          change({ [field]: e.target.value });
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`caseParts.network.${field}.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="panel"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (person.name.trim() === '') {
          setMissing(true);
          document.getElementById(`${id}-name`)?.focus();
          return;
        }
        setMissing(false);
        void props.onSave({ ...person, name: person.name.trim() }).then((saved) => {
          if (saved) forget(person);
        });
      }}
    >
      <h3 id={`${id}-heading`}>
        {props.isNew
          ? t('caseParts.network.add')
          : t('caseParts.network.edit', { name: props.person.name })}
      </h3>
      {text('name')}
      {text('relation')}
      {choice('tie', networkTies)}
      {choice('support', supportLevels)}
      {person.tie === 'service' ? (
        <ServicePicker
          onPick={(service) => {
            change({
              name: service.name,
              organization: service.organizationName,
              serviceId: service.id,
              phone: (service.phone?.number ?? person.phone).slice(0, 30),
            });
          }}
        />
      ) : null}
      {person.tie === 'professional' || person.tie === 'service' ? text('organization') : null}
      {text('phone', 'tel')}
      {text('email', 'email')}
      {choice('involve', involvementAnswers)}
      {person.involve === 'no' ? (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('caseParts.network.fields.involveNote')}</label>
          <input
            id={`${id}-note`}
            value={person.involveNote}
            onChange={(e) => {
              change({ involveNote: e.target.value });
            }}
          />
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {props.isNew ? t('caseParts.network.addButton') : t('caseParts.network.saveButton')}
        </button>
        <button
          type="button"
          onClick={() => {
            forget(props.person);
            props.onCancel();
          }}
        >
          {t('caseParts.cancel')}
        </button>
      </div>
    </form>
  );
}
