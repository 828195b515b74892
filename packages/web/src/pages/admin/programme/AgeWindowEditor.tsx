/** Who the programme is for by age: from how many months around the birth, until when. */
import { useTranslation } from 'react-i18next';
import type { Programme } from '@omringd/core/programme';

type AgeWindow = Programme['ageWindow'];
type EndKind = AgeWindow['end']['kind'];
const endKinds: EndKind[] = ['birthday', 'months_after_birth', 'first_school_day'];

type Props = {
  ageWindow: AgeWindow;
  onChange: (ageWindow: AgeWindow) => void;
  errorAt: (path: string) => string | undefined;
};

function endOf(kind: EndKind, amount: number): AgeWindow['end'] {
  switch (kind) {
    case 'birthday':
      return { kind, years: amount };
    case 'months_after_birth':
      return { kind, months: amount };
    case 'first_school_day':
      return { kind, months: amount };
  }
}

const amountOf = (end: AgeWindow['end']) => (end.kind === 'birthday' ? end.years : end.months);

export function AgeWindowEditor({ ageWindow, onChange, errorAt }: Props) {
  const { t } = useTranslation();
  const endPath =
    ageWindow.end.kind === 'birthday' ? 'ageWindow.end.years' : 'ageWindow.end.months';
  const fromError = errorAt('ageWindow.fromMonths');
  const endError = errorAt(endPath);
  return (
    <fieldset>
      <legend>{t('programmeEditor.ageWindow')}</legend>
      <div className="field">
        <label htmlFor="age-from">{t('programmeEditor.fromMonths')}</label>
        <p className="hint" id="age-from-hint">
          {t('programmeEditor.fromMonthsHint')}
        </p>
        <input
          id="age-from"
          type="number"
          min={-9}
          max={216}
          value={ageWindow.fromMonths}
          aria-invalid={fromError === undefined ? undefined : true}
          aria-describedby={
            fromError === undefined ? 'age-from-hint' : 'age-from-hint age-from-error'
          }
          onChange={(e) => {
            onChange({ ...ageWindow, fromMonths: Number(e.target.value) });
          }}
        />
        {fromError === undefined ? null : (
          <p className="error" id="age-from-error">
            {fromError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="age-end-kind">{t('programmeEditor.endKind')}</label>
        <select
          id="age-end-kind"
          value={ageWindow.end.kind}
          onChange={(e) => {
            const kind = endKinds.find((k) => k === e.target.value) ?? ageWindow.end.kind;
            onChange({ ...ageWindow, end: endOf(kind, amountOf(ageWindow.end)) });
          }}
        >
          {endKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`programmeEditor.endKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="age-end-amount">
          {t(`programmeEditor.endAmount.${ageWindow.end.kind}`)}
        </label>
        <input
          id="age-end-amount"
          type="number"
          min={0}
          value={amountOf(ageWindow.end)}
          aria-invalid={endError === undefined ? undefined : true}
          aria-describedby={endError === undefined ? undefined : 'age-end-error'}
          onChange={(e) => {
            onChange({ ...ageWindow, end: endOf(ageWindow.end.kind, Number(e.target.value)) });
          }}
        />
        {endError === undefined ? null : (
          <p className="error" id="age-end-error">
            {endError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
