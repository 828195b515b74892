/** On a service page: a professional refers the family warmly to this one service. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session/session.ts';

export function WarmReferralButton({
  serviceId,
  serviceName,
}: {
  serviceId: string;
  serviceName: string;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (session.state !== 'signed_in' || !session.rights.includes('referral.create')) return null;
  return (
    <section aria-labelledby="warm-referral" className="warm-referral">
      <h2 id="warm-referral">{t('warm.title')}</h2>
      <p>{t('warm.intro')}</p>
      <Link
        className="button primary"
        aria-label={t('warm.buttonLabel', { service: serviceName })}
        to={`/aanmeldingen/nieuw/dienst/${serviceId}`}
      >
        {t('warm.button')}
      </Link>
    </section>
  );
}
