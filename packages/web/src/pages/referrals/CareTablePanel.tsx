/**
 * The care table of a referral: the contact person records that the parents agreed (the
 * programme's deadline for the care table starts). The care table itself is planned and recorded
 * as held in the case file, which meets the deadline.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.ts';

type Props = {
  careTable: { agreedAt: string | null; heldAt: string | null };
  canRecord: boolean;
  caseId: string | null;
  onRecord: (moment: 'parents_agreed') => void;
};

export function CareTablePanel({ careTable, canRecord, caseId, onRecord }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section aria-labelledby="care-table-heading">
      <h2 id="care-table-heading">{t('careTable.title')}</h2>
      <dl className="facts">
        <dt>{t('careTable.agreed')}</dt>
        <dd>
          {careTable.agreedAt === null
            ? t('careTable.notYet')
            : formatDateTime(careTable.agreedAt, lang)}
        </dd>
        <dt>{t('careTable.held')}</dt>
        <dd>
          {careTable.heldAt === null
            ? t('careTable.notYet')
            : formatDateTime(careTable.heldAt, lang)}
        </dd>
      </dl>
      {!canRecord ? null : careTable.agreedAt === null ? (
        <button
          type="button"
          onClick={() => {
            onRecord('parents_agreed');
          }}
        >
          {t('careTable.recordAgreed')}
        </button>
      ) : careTable.heldAt === null && caseId !== null ? (
        <p>
          <a href={`/dossiers/${caseId}#zorgtafel`}>{t('careTable.inCaseFile')}</a>
        </p>
      ) : null}
    </section>
  );
}
