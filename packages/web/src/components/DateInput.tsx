/**
 * A date typed and shown in the page's language (dd/mm/jjjj on a Dutch page), whatever the
 * browser's own language: react-aria's accessible date field, a spin button per part. The value
 * is an ISO date (YYYY-MM-DD), or '' while the field is empty or incomplete.
 */
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import {
  DateField,
  DateInput as AriaDateInput,
  DateSegment,
  I18nProvider,
  Label,
  Text,
} from 'react-aria-components';

type Props = {
  /** On the wrapper: where an error summary's link leads (the first part takes the focus). */
  id: string;
  /** A visible label, or (in a table row) only a name for screen readers. */
  label: string;
  labelHidden?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (isoDate: string) => void;
};

function parsed(value: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  try {
    return parseDate(value);
  } catch {
    // An impossible date kept in a draft (e.g. 2026-02-30) shows as an empty field to retype.
    return null;
  }
}

export function DateInput({ id, label, labelHidden, hint, error, value, onChange }: Props) {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'nl-BE'}>
      <DateField
        className="field date-field"
        id={id}
        value={parsed(value)}
        isInvalid={error !== undefined}
        aria-label={labelHidden === true ? label : undefined}
        onChange={(date) => {
          onChange(date === null ? '' : date.toString());
        }}
      >
        {labelHidden === true ? null : <Label>{label}</Label>}
        {hint === undefined ? null : (
          <Text slot="description" className="hint">
            {hint}
          </Text>
        )}
        <AriaDateInput className="date-input">
          {(segment) => <DateSegment segment={segment} className="date-segment" />}
        </AriaDateInput>
        {error === undefined ? null : (
          <Text slot="errorMessage" className="error" id={`${id}-error`}>
            {error}
          </Text>
        )}
      </DateField>
    </I18nProvider>
  );
}
