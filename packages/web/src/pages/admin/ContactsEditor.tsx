/**
 * Phone numbers and e-mail addresses with the dates they hold: a number that changes "from
 * 7 March" is kept twice, the old one until the 6th and the new one from the 7th.
 */
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput.tsx';

export type Contact = {
  kind: 'phone' | 'email';
  value: string;
  validFrom?: string;
  validTo?: string;
};

type Props = {
  /** Caption of the table; also names the rows for screen readers. */
  caption: string;
  /** Where the list sits in the programme, for the server's messages (e.g. "roster.contacts"). */
  path: string;
  contacts: Contact[];
  onChange: (contacts: Contact[]) => void;
  errorAt: (path: string) => string | undefined;
};

/** An empty date field means "no limit": the key is left out, as the programme schema expects. */
function withDate(contact: Contact, field: 'validFrom' | 'validTo', value: string): Contact {
  const { validFrom, validTo, ...rest } = contact;
  const dates = { validFrom, validTo, [field]: value === '' ? undefined : value };
  return {
    ...rest,
    ...(dates.validFrom === undefined ? {} : { validFrom: dates.validFrom }),
    ...(dates.validTo === undefined ? {} : { validTo: dates.validTo }),
  };
}

export function ContactsEditor({ caption, path, contacts, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const update = (index: number, next: Contact) => {
    onChange(contacts.map((c, i) => (i === index ? next : c)));
  };
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contacts.kind')}</th>
            <th scope="col">{t('contacts.value')}</th>
            <th scope="col">{t('contacts.validFrom')}</th>
            <th scope="col">{t('contacts.validTo')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact, index) => {
            const row = { list: caption, row: index + 1 };
            const valueError = errorAt(`${path}.${String(index)}.value`);
            return (
              <tr key={index}>
                <td>
                  <select
                    aria-label={t('contacts.kindOf', row)}
                    value={contact.kind}
                    onChange={(e) => {
                      update(index, {
                        ...contact,
                        kind: e.target.value === 'email' ? 'email' : 'phone',
                      });
                    }}
                  >
                    <option value="phone">{t('contacts.phone')}</option>
                    <option value="email">{t('contacts.email')}</option>
                  </select>
                </td>
                <td>
                  <input
                    aria-label={t('contacts.valueOf', row)}
                    value={contact.value}
                    aria-invalid={valueError === undefined ? undefined : true}
                    onChange={(e) => {
                      update(index, { ...contact, value: e.target.value });
                    }}
                  />
                  {valueError === undefined ? null : (
                    <p className="error">{t('contacts.valueRequired')}</p>
                  )}
                </td>
                {(['validFrom', 'validTo'] as const).map((field) => (
                  <td key={field}>
                    <DateInput
                      id={`contact-${String(index)}-${field}`}
                      label={t(`contacts.${field}Of`, row)}
                      labelHidden
                      value={contact[field] ?? ''}
                      onChange={(date) => {
                        update(index, withDate(contact, field, date));
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button
                    className="danger"
                    type="button"
                    onClick={() => {
                      onChange(contacts.filter((_, i) => i !== index));
                    }}
                  >
                    {t('contacts.remove', row)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => {
          onChange([...contacts, { kind: 'phone', value: '' }]);
        }}
      >
        {t('contacts.add', { list: caption })}
      </button>
    </>
  );
}
