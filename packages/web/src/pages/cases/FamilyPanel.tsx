/**
 * Who the family is, in the case file: the members in a table, a birth recorded where a child is
 * still to be born, and a parent or carer added. Every save names the version it changes; when
 * someone else saved first, the page says so and shows what is there now instead of overwriting.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BirthRecordedView, CaseFamily, FamilyDetails, FamilyMember } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDate } from '../../format.ts';
import { BirthForm } from './BirthForm.tsx';
import { EditMemberForm } from './EditMemberForm.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { AddAdultForm } from './AddAdultForm.tsx';
import { FamilyDetailsForm } from './FamilyDetailsForm.tsx';
import { InviteParentForm } from './InviteParentForm.tsx';
import { PortalAccessList } from './PortalAccessList.tsx';
import { announceCaseChanged } from './parts/caseChanged.ts';
import { MergePanel } from './parts/MergePanel.tsx';
import type { Conflict } from './parts/useCasePart.ts';

export function FamilyPanel({ caseId, mayInvite }: { caseId: string; mayInvite: boolean }) {
  const { t, i18n } = useTranslation();
  const [family, setFamily] = useState<CaseFamily | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<Conflict<FamilyDetails> | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<CaseFamily>(`/api/v1/cases/${caseId}/family`, abort.signal).then((r) => {
      if (r.ok) setFamily(r.value);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, [caseId]);
  if (family === null) return error === null ? null : <ErrorMessage error={error} />;

  /**
   * A refusal because someone saved first: show their version and, for a change of mine, both
   * side by side to merge.
   */
  const refused = (e: ApiError & { current?: CaseFamily }, mine?: FamilyDetails) => {
    if (e.reason === 'changed_meanwhile' && e.current !== undefined) {
      setError(null);
      setFamily(e.current);
      setStatus(t(mine === undefined ? 'caseFile.changedMeanwhile' : 'caseParts.changedMeanwhile'));
      if (mine !== undefined)
        setConflict({
          theirs: {
            version: e.current.version,
            content: e.current.family,
            updatedAt: e.current.updatedAt,
            updatedBy: null,
          },
          mine,
        });
      return;
    }
    setError(e);
  };
  const saveAs = async (version: number, next: FamilyDetails) => {
    const r = await sendJson<CaseFamily>('PUT', `/api/v1/cases/${caseId}/family`, {
      version,
      family: next,
    });
    if (!r.ok) {
      refused(r.error, next);
      return;
    }
    setConflict(null);
    setError(null);
    setFamily(r.value);
    setStatus(t('caseFile.saved'));
    announceCaseChanged(caseId);
  };
  const save = (change: Partial<FamilyDetails>) =>
    saveAs(family.version, { ...family.family, ...change });
  const born = (recorded: BirthRecordedView) => {
    setError(null);
    setFamily(recorded);
    announceCaseChanged(caseId);
    const lang = i18n.language === 'en' ? 'en' : 'nl';
    setStatus(
      [
        t('caseFile.birthRecorded'),
        ...recorded.moves.map((m) =>
          t('caseFile.windowMoved', {
            programme: m.programmeName[lang],
            after: formatDate(m.after, i18n.language),
            before: formatDate(m.before, i18n.language),
          }),
        ),
      ].join(' '),
    );
  };
  const roleName = (m: FamilyMember) =>
    m.kind === 'adult' ? t(`caseFile.roles.${m.role}`) : t(`caseFile.kinds.${m.kind}`);
  const nameOf = (m: FamilyMember) =>
    m.kind === 'unborn' ? t('caseFile.kinds.unborn') : m.name || t('caseFile.kinds.child');
  const editingMember = family.family.members.find((m) => m.id === editing);
  const describeMember = (m: FamilyMember) =>
    `${m.kind === 'unborn' ? t('caseFile.kinds.unborn') : m.name || '—'} (${[roleName(m), dateOf(m)]
      .filter((x) => x !== '')
      .join(', ')})`;
  const dateOf = (m: FamilyMember) =>
    m.kind === 'child'
      ? t('caseFile.bornOn', { date: formatDate(m.birthDate, i18n.language) })
      : m.kind === 'unborn'
        ? t('caseFile.dueOn', { date: formatDate(m.dueDate, i18n.language) })
        : '';
  return (
    <section aria-labelledby="family-heading" id="gezin">
      <h2 id="family-heading">{t('caseFile.family')}</h2>
      <p role="status" className="status">
        {status}
      </p>
      <ErrorMessage error={error} />
      {conflict === null ? null : (
        <MergePanel
          conflict={conflict}
          describe={(value, list, path) =>
            list === null
              ? `${t(`caseFile.fieldNames.${path}`, { defaultValue: path })}: ${
                  typeof value === 'boolean'
                    ? t(value ? 'caseFile.yes' : 'caseFile.no')
                    : typeof value === 'string' && value !== ''
                      ? value
                      : '—'
                }`
              : describeMember(value as FamilyMember)
          }
          onResolve={(merged) => {
            void saveAs(conflict.theirs.version, merged);
          }}
          onDiscard={() => {
            setConflict(null);
            setStatus(t('caseParts.discarded'));
          }}
        />
      )}
      {family.family.members.length === 0 ? (
        <p>{t('caseFile.noMembers')}</p>
      ) : (
        <table className="family-table">
          <caption className="visually-hidden">{t('caseFile.family')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('caseFile.who')}</th>
              <th scope="col">{t('caseFile.role')}</th>
              <th scope="col">{t('caseFile.date')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('caseParts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {family.family.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.kind === 'unborn' ? t('caseFile.kinds.unborn') : m.name || '—'}
                </th>
                <td>{roleName(m)}</td>
                <td>{dateOf(m)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    onClick={() => {
                      setEditing(m.id);
                    }}
                  >
                    {t('caseFile.editMember', { name: nameOf(m) })}
                  </button>
                  <ConfirmButton
                    question={t('caseFile.removeQuestion', { name: nameOf(m) })}
                    confirmLabel={t('caseFile.removeConfirm', { name: nameOf(m) })}
                    onConfirm={() => {
                      void save({ members: family.family.members.filter((x) => x.id !== m.id) });
                    }}
                  >
                    {t('caseFile.removeMember', { name: nameOf(m) })}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editingMember === undefined ? null : (
        <EditMemberForm
          key={editingMember.id}
          member={editingMember}
          title={t('caseFile.editMember', { name: nameOf(editingMember) })}
          onCancel={() => {
            setEditing(null);
          }}
          onSave={(changed) => {
            setEditing(null);
            void save({
              members: family.family.members.map((x) => (x.id === changed.id ? changed : x)),
            });
          }}
        />
      )}
      {family.family.members
        .filter((m) => m.kind === 'unborn')
        .map((m) => (
          <BirthForm
            key={m.id}
            caseId={caseId}
            version={family.version}
            memberId={m.id}
            onRecorded={born}
            onRefused={refused}
          />
        ))}
      <AddAdultForm
        members={family.family.members}
        onAdd={(members) => {
          void save({ members });
        }}
      />
      <FamilyDetailsForm
        key={family.version}
        details={family.family}
        onSave={(basics) => {
          void save(basics);
        }}
      />
      <PortalAccessList caseId={caseId} refreshKey={String(family.version)} />
      {mayInvite ? <InviteParentForm caseId={caseId} members={family.family.members} /> : null}
    </section>
  );
}
