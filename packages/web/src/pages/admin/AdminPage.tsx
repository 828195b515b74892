/** Administration: people and their roles, invitations, and the outbox while in development. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { FormField } from '../../components/FormField.tsx';
import type {
  GrantAnswer,
  OrganizationChoice as Organization,
  OutboxMail as Mail,
  RoleGrantView as RoleGrant,
  TeamView as Team,
  UserSummary as User,
} from '@omringd/core/api';
import { RoleGrantsSection } from './RoleGrantsSection.tsx';

const roleOptions = [
  'first_line',
  'case_coordinator',
  'reception',
  'expert',
  'network_coordinator',
  'administrator',
];
const flemishProvinces = ['VAN', 'VBR', 'VLI', 'VOV', 'VWV'];

function fetchAdminData() {
  return Promise.all([
    getJson<User[]>('/api/v1/admin/users'),
    getJson<Organization[]>('/api/v1/admin/organizations'),
    getJson<Mail[]>('/api/v1/admin/outbox'),
    getJson<Team[]>('/api/v1/admin/teams'),
    getJson<RoleGrant[]>('/api/v1/admin/role-grants'),
  ]);
}

export function AdminPage() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<User[]>([]);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const [outbox, setOutbox] = useState<Mail[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [form, setForm] = useState({
    email: '',
    displayName: '',
    organizationId: '',
    role: 'first_line',
  });
  const [region, setRegion] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [teams, setTeams] = useState<Team[]>([]);
  const [team, setTeam] = useState({ organizationId: '', name: '' });
  const [roleChoice, setRoleChoice] = useState<Record<string, string>>({});
  const [grants, setGrants] = useState<RoleGrant[]>([]);

  const apply = useCallback((loaded: Awaited<ReturnType<typeof fetchAdminData>>) => {
    const [u, o, m, teamList, grantList] = loaded;
    if (teamList.ok) setTeams(teamList.value);
    if (grantList.ok) setGrants(grantList.value);
    if (u.ok) setUsers(u.value);
    else setError(u.error);
    if (o.ok) setOrganizations(o.value);
    setOutbox(m.ok ? m.value : null);
  }, []);
  const load = useCallback(async () => {
    apply(await fetchAdminData());
  }, [apply]);
  useEffect(() => {
    void fetchAdminData().then(apply);
  }, [apply]);

  return (
    <div className="admin">
      <h1>{t('admin.title')}</h1>
      <ErrorMessage error={error} />
      <p role="status" className="status">
        {status}
      </p>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('admin.inviteTitle')}</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setStatus('');
            void sendJson<GrantAnswer>('POST', '/api/v1/admin/invitations', {
              ...form,
              ...(form.role === 'network_coordinator' ? { regionProvinces: region } : {}),
            }).then(async (r) => {
              if (!r.ok) {
                setError(r.error);
                setFieldErrors(
                  Object.fromEntries(
                    (r.error.fields ?? []).map((f) => [
                      f.field,
                      t(`admin.invalid.${f.field}`, { defaultValue: f.message }),
                    ]),
                  ),
                );
                return;
              }
              setError(null);
              setFieldErrors({});
              setStatus(
                t(r.value.status === 'awaiting_approval' ? 'admin.inviteAwaits' : 'admin.invited', {
                  email: form.email,
                }),
              );
              setForm({ ...form, email: '', displayName: '' });
              await load();
            });
          }}
        >
          <FormField
            id="invite-name"
            label={t('admin.name')}
            required
            autoComplete="off"
            value={form.displayName}
            error={fieldErrors.displayName}
            onChange={(e) => {
              setForm({ ...form, displayName: e.target.value });
            }}
          />
          <FormField
            id="invite-email"
            label={t('account.email')}
            type="email"
            required
            autoComplete="off"
            value={form.email}
            error={fieldErrors.email}
            onChange={(e) => {
              setForm({ ...form, email: e.target.value });
            }}
          />
          <div className="field">
            <label htmlFor="invite-organization">{t('admin.organization')}</label>
            <select
              id="invite-organization"
              required
              value={form.organizationId}
              aria-invalid={fieldErrors.organizationId ? true : undefined}
              aria-describedby={
                fieldErrors.organizationId ? 'invite-organization-error' : undefined
              }
              onChange={(e) => {
                setForm({ ...form, organizationId: e.target.value });
              }}
            >
              <option value="">{t('admin.chooseOrganization')}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            {fieldErrors.organizationId ? (
              <p className="error" id="invite-organization-error">
                {fieldErrors.organizationId}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="invite-role">{t('admin.role')}</label>
            <select
              id="invite-role"
              value={form.role}
              onChange={(e) => {
                setForm({ ...form, role: e.target.value });
              }}
            >
              {roleOptions.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          {form.role === 'network_coordinator' ? (
            <fieldset>
              <legend>{t('admin.region')}</legend>
              {flemishProvinces.map((p) => (
                <label key={p} className="facet-option">
                  <input
                    type="checkbox"
                    checked={region.includes(p)}
                    onChange={(e) => {
                      setRegion(e.target.checked ? [...region, p] : region.filter((x) => x !== p));
                    }}
                  />{' '}
                  {t(`provinces.${p}`)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <button type="submit" className="primary">
            {t('admin.invite')}
          </button>
        </form>
      </section>

      <RoleGrantsSection
        grants={grants}
        onError={setError}
        onDecided={async (message) => {
          setError(null);
          setStatus(message);
          await load();
        }}
      />

      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('admin.usersTitle')}</h2>
        <table>
          <caption className="visually-hidden">{t('admin.usersTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('account.email')}</th>
              <th scope="col">{t('admin.roles')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.displayName}</td>
                <td>{u.email}</td>
                <td>
                  {u.memberships.map((m) => (
                    <div key={m.id} className="membership">
                      <label htmlFor={`role-${m.id}`}>
                        {t('admin.roleAt', {
                          name: u.displayName,
                          organization: m.organizationName,
                        })}
                      </label>
                      <select
                        id={`role-${m.id}`}
                        value={roleChoice[m.id] ?? m.role}
                        onChange={(e) => {
                          setRoleChoice({ ...roleChoice, [m.id]: e.target.value });
                        }}
                      >
                        {roleOptions.map((r) => (
                          <option key={r} value={r}>
                            {t(`roles.${r}`)}
                          </option>
                        ))}
                      </select>
                      {roleChoice[m.id] !== undefined && roleChoice[m.id] !== m.role ? (
                        <button
                          type="button"
                          onClick={() => {
                            void sendJson<GrantAnswer>(
                              'PATCH',
                              `/api/v1/admin/memberships/${m.id}`,
                              { role: roleChoice[m.id] },
                            ).then(async (r) => {
                              if (!r.ok) setError(r.error);
                              else {
                                setStatus(
                                  t(
                                    r.value.status === 'awaiting_approval'
                                      ? 'admin.roleAwaits'
                                      : 'admin.roleChanged',
                                    { name: u.displayName },
                                  ),
                                );
                                await load();
                              }
                            });
                          }}
                        >
                          {t('admin.changeRole')}
                        </button>
                      ) : null}
                    </div>
                  ))}
                </td>
                <td>{t(`admin.statuses.${u.status}`)}</td>
                <td>
                  {u.status === 'deactivated' ? null : (
                    <ConfirmButton
                      question={t('admin.confirmDeactivate', { name: u.displayName })}
                      confirmLabel={t('admin.confirmDeactivateYes', { name: u.displayName })}
                      onConfirm={() => {
                        void sendJson('POST', `/api/v1/admin/users/${u.id}/deactivate`).then(
                          async (r) => {
                            if (!r.ok) setError(r.error);
                            else {
                              setStatus(t('admin.deactivated', { name: u.displayName }));
                              await load();
                            }
                          },
                        );
                      }}
                    >
                      {t('admin.deactivate', { name: u.displayName })}
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t('admin.teamsTitle')}</h2>
        <ul>
          {teams.map((x) => (
            <li key={x.id}>
              {x.name} — {x.organizationName}
            </li>
          ))}
        </ul>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void sendJson('POST', '/api/v1/admin/teams', team).then(async (r) => {
              if (!r.ok) {
                setError(r.error);
                return;
              }
              setError(null);
              setStatus(t('admin.teamCreated', { name: team.name }));
              setTeam({ ...team, name: '' });
              await load();
            });
          }}
        >
          <div className="field">
            <label htmlFor="team-organization">{t('admin.teamOrganization')}</label>
            <select
              id="team-organization"
              required
              value={team.organizationId}
              onChange={(e) => {
                setTeam({ ...team, organizationId: e.target.value });
              }}
            >
              <option value="">{t('admin.chooseOrganization')}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <FormField
            id="team-name"
            label={t('admin.teamName')}
            required
            value={team.name}
            onChange={(e) => {
              setTeam({ ...team, name: e.target.value });
            }}
          />
          <button type="submit" className="primary">
            {t('admin.createTeam')}
          </button>
        </form>
      </section>

      {outbox === null ? null : (
        <section aria-labelledby="outbox-heading">
          <h2 id="outbox-heading">{t('admin.outboxTitle')}</h2>
          <p className="hint">{t('admin.outboxIntro')}</p>
          <ul className="plain outbox">
            {outbox.map((m) => (
              <li key={m.id}>
                <h3>
                  {m.channel === 'sms' ? t('admin.outboxSms') : m.subject} — {m.to}
                </h3>
                <pre>{m.text}</pre>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
