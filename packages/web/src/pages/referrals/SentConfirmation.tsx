/**
 * The end of sending: a confirmation with the referral's reference and what happens now (the
 * GOV.UK confirmation page), shown once on the referral's page after it was sent.
 */
import { referralReference } from '@omringd/core/lifecycle';
import { useTranslation } from 'react-i18next';
import type { Referral } from './referralTypes.ts';

export function SentConfirmation({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const external = referral.routedTo === 'external';
  const receiver =
    referral.serviceName === null
      ? referral.receivingOrganizationName
      : `${referral.serviceName} (${referral.receivingOrganizationName})`;
  return (
    <section className="confirmation-panel" aria-labelledby="sent-title" role="status">
      <h2 id="sent-title">{external ? t('sent.externalTitle') : t('sent.title')}</h2>
      <p className="reference">
        {t('sent.reference', { reference: referralReference(referral.id) })}
      </p>
      <h3>{t('sent.next')}</h3>
      <p>{external ? t('sent.externalText') : t('sent.nextText', { receiver })}</p>
    </section>
  );
}
