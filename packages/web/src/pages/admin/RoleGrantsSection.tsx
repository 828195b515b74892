/**
 * Role grants that wait for a second administrator (four eyes): a role that opens family data,
 * or the administrator role. Another administrator of the organisation approves or rejects; the
 * one who asked sees the grant wait.
 */
import { useTranslation } from 'react-i18next';
import type { RoleGrantView as RoleGrant } from '@omringd/core/api';
import { sendJson, type ApiError } from '../../api.ts';

type Props = {
  grants: RoleGrant[];
  onDecided: (message: string) => Promise<void>;
  onError: (error: ApiError) => void;
};

export function RoleGrantsSection({ grants, onDecided, onError }: Props) {
  const { t, i18n } = useTranslation();
  if (grants.length === 0) return null;
  const decide = (grant: RoleGrant, decision: 'approve' | 'reject') => {
    void sendJson('POST', `/api/v1/admin/role-grants/${grant.id}/${decision}`).then(async (r) => {
      if (!r.ok) onError(r.error);
      else
        await onDecided(
          t(decision === 'approve' ? 'admin.grantApproved' : 'admin.grantRejected', {
            name: grant.displayName,
          }),
        );
    });
  };
  return (
    <section aria-labelledby="grants-heading">
      <h2 id="grants-heading">{t('admin.grantsTitle')}</h2>
      <p className="hint">{t('admin.grantsIntro')}</p>
      <ul className="plain">
        {grants.map((g) => (
          <li key={g.id}>
            <p>
              {t(g.kind === 'invitation' ? 'admin.grantInvitation' : 'admin.grantRoleChange', {
                name: g.displayName,
                email: g.email,
                role: t(`roles.${g.role}`),
                organization: g.organizationName,
                by: g.requestedByName,
                at: new Date(g.requestedAt).toLocaleString(i18n.language),
              })}
            </p>
            {g.mayDecide ? (
              <>
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    decide(g, 'approve');
                  }}
                >
                  {t('admin.approveGrant', { name: g.displayName })}
                </button>{' '}
                <button
                  type="button"
                  onClick={() => {
                    decide(g, 'reject');
                  }}
                >
                  {t('admin.rejectGrant', { name: g.displayName })}
                </button>
              </>
            ) : (
              <p className="hint">{t('admin.grantWaits')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
