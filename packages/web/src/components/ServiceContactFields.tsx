/**
 * How families reach a service: its phone numbers (at most five, each with what it is for) and the
 * address where they go. An address left empty is no address; a row left empty is no phone.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField.tsx';
import type { Address, Form } from './serviceForm.ts';

const MAX_PHONES = 5;

type Props = {
  form: Form;
  errors: Record<string, string>;
  set: (patch: Partial<Form>) => void;
};

export function ServiceContactFields({ form, errors, set }: Props) {
  const { t } = useTranslation();
  // A new phone row takes the focus once it is drawn.
  const focusRow = useRef<number | null>(null);
  const rows = form.phones.length;
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`service-phone-${String(focusRow.current)}`)?.focus();
    focusRow.current = null;
  }, [rows]);
  const setAddress = (patch: Partial<Address>) => {
    set({ address: { ...form.address, ...patch } });
  };
  const setPhone = (index: number, patch: Partial<Form['phones'][number]>) => {
    set({ phones: form.phones.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
  };
  return (
    <>
      <fieldset
        id="service-phones"
        tabIndex={-1}
        className="rows"
        aria-describedby={errors.phones ? 'service-phones-error' : undefined}
      >
        <legend>{t('manage.fields.phones')}</legend>
        {form.phones.length === 0 ? <p className="hint">{t('manage.noPhones')}</p> : null}
        {form.phones.map((phone, index) => (
          // Rows have no identity of their own beyond their place in the list.
          <div className="row" key={index}>
            <FormField
              id={`service-phone-${String(index)}`}
              label={t('manage.phoneNumber', { n: index + 1 })}
              type="tel"
              autoComplete="off"
              value={phone.number}
              onChange={(e) => {
                setPhone(index, { number: e.target.value });
              }}
            />
            <FormField
              id={`service-phone-${String(index)}-description`}
              label={t('manage.phoneDescription', { n: index + 1 })}
              value={phone.description}
              onChange={(e) => {
                setPhone(index, { description: e.target.value });
              }}
            />
            <button
              className="danger"
              type="button"
              onClick={() => {
                set({ phones: form.phones.filter((_, i) => i !== index) });
              }}
            >
              {t('manage.removePhone', { n: index + 1 })}
            </button>
          </div>
        ))}
        {errors.phones ? (
          <p className="error" id="service-phones-error">
            {errors.phones}
          </p>
        ) : null}
        {form.phones.length < MAX_PHONES ? (
          <button
            type="button"
            onClick={() => {
              set({ phones: [...form.phones, { number: '', description: '' }] });
              focusRow.current = form.phones.length;
            }}
          >
            {t('manage.addPhone')}
          </button>
        ) : null}
      </fieldset>
      <fieldset
        id="service-address"
        tabIndex={-1}
        className="rows"
        aria-describedby={errors.address ? 'service-address-error' : undefined}
      >
        <legend>{t('manage.fields.address')}</legend>
        <p className="hint">{t('manage.addressHint')}</p>
        <FormField
          id="service-address-street"
          label={t('manage.street')}
          autoComplete="off"
          value={form.address.street}
          onChange={(e) => {
            setAddress({ street: e.target.value });
          }}
        />
        <FormField
          id="service-address-postalCode"
          label={t('manage.postalCode')}
          inputMode="numeric"
          autoComplete="off"
          value={form.address.postalCode}
          onChange={(e) => {
            setAddress({ postalCode: e.target.value });
          }}
        />
        <FormField
          id="service-address-city"
          label={t('manage.city')}
          autoComplete="off"
          value={form.address.city}
          onChange={(e) => {
            setAddress({ city: e.target.value });
          }}
        />
        {errors.address ? (
          <p className="error" id="service-address-error">
            {errors.address}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
