/**
 * A text field with a limit: the limit and a count shown as you type, and when the text is too
 * long a message at the field that says by how much. What was typed is kept, never cut off.
 */
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

type Common = {
  id: string;
  label: string;
  max: number;
  value: string;
  hint?: string | undefined;
  /** A refusal by the rules or the server, shown at the field. */
  error?: string | undefined;
  onText: (text: string) => void;
};
type Control = {
  id: string;
  value: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
};

/** The label, hint, count and message around the control, tied together for screen readers. */
function Limited({
  id,
  label,
  max,
  value,
  hint,
  error,
  control,
}: Omit<Common, 'onText'> & { control: (props: Control) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en' : 'nl-BE');
  const over = value.length - max;
  const message =
    error ?? (over > 0 ? t('form.tooLong', { over: format(over), max: format(max) }) : undefined);
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`, message ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {control({
        id,
        value,
        'aria-invalid': message === undefined ? undefined : true,
        'aria-describedby': describedBy,
      })}
      <p className={over > 0 ? 'count over' : 'count'} id={`${id}-count`}>
        {t('form.count', { n: format(value.length), max: format(max) })}
      </p>
      {message ? (
        <p className="error" id={`${id}-error`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function LimitedTextArea({
  id,
  label,
  max,
  value,
  hint,
  error,
  onText,
  ...rest
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  return (
    <Limited
      {...{ id, label, max, value, hint, error }}
      control={(props) => (
        <textarea
          {...rest}
          {...props}
          onChange={(e) => {
            onText(e.target.value);
          }}
        />
      )}
    />
  );
}

export function LimitedInput({
  id,
  label,
  max,
  value,
  hint,
  error,
  onText,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <Limited
      {...{ id, label, max, value, hint, error }}
      control={(props) => (
        <input
          {...rest}
          {...props}
          onChange={(e) => {
            onText(e.target.value);
          }}
        />
      )}
    />
  );
}
