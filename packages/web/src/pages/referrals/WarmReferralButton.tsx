/** On a service page: a professional refers the family warmly to this one service. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useSession } from '../../session/session.ts';

export function WarmReferralButton({
  serviceId,
  serviceName,
}: {
  serviceId: string;
  serviceName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const [error, setError] = useState<ApiError | null>(null);
  if (session.state !== 'signed_in' || !session.rights.includes('referral.create')) return null;
  return (
    <section aria-labelledby="warm-referral" className="warm-referral">
      <h2 id="warm-referral">{t('warm.title')}</h2>
      <p>{t('warm.intro')}</p>
      <button
        type="button"
        className="primary"
        aria-label={t('warm.buttonLabel', { service: serviceName })}
        onClick={() => {
          void sendJson<{ id: string }>('POST', '/api/v1/referrals', { serviceId }).then(
            async (r) => {
              if (!r.ok) setError(r.error);
              else await navigate(`/aanmeldingen/${r.value.id}/bewerken`);
            },
          );
        }}
      >
        {t('warm.button')}
      </button>
      <ErrorMessage error={error} />
    </section>
  );
}
