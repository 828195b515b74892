/**
 * A text field with a limit: the limit and a count shown as you type, and when the text is too
 * long a message at the field that says by how much. What was typed is kept, never cut off.
 */
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
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

function useCount(id: string, value: string, max: number, hint?: string, error?: string) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en' : 'nl-BE');
  const over = value.length - max;
  const message =
    error ?? (over > 0 ? t('form.tooLong', { over: format(over), max: format(max) }) : undefined);
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`, message ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const count = (
    <p className={over > 0 ? 'count over' : 'count'} id={`${id}-count`}>
      {t('form.count', { n: format(value.length), max: format(max) })}
    </p>
  );
  const errorLine = message ? (
    <p className="error" id={`${id}-error`}>
      {message}
    </p>
  ) : null;
  return { describedBy, count, errorLine, invalid: message !== undefined };
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
  const c = useCount(id, value, max, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        value={value}
        aria-invalid={c.invalid ? true : undefined}
        aria-describedby={c.describedBy}
        onChange={(e) => {
          onText(e.target.value);
        }}
        {...rest}
      />
      {c.count}
      {c.errorLine}
    </div>
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
  const c = useCount(id, value, max, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        value={value}
        aria-invalid={c.invalid ? true : undefined}
        aria-describedby={c.describedBy}
        onChange={(e) => {
          onText(e.target.value);
        }}
        {...rest}
      />
      {c.count}
      {c.errorLine}
    </div>
  );
}
