/**
 * The network around the family: a picture the family recognises (the ecogram, drawn only when
 * the page asks for it) and the same people in a table; both lead to the same form, by keyboard
 * alone. Whether the family agrees to involve someone is shown with every person.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, NetworkPerson } from '@omringd/core';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { useCasePart } from './useCasePart.ts';
import { PartState } from './PartState.tsx';
import { emptyPerson, PersonForm } from './PersonForm.tsx';
import { newId } from './newId.ts';

const Ecogram = lazy(() => import('./Ecogram.tsx'));

export function NetworkPanel({ caseId, familyName }: { caseId: string; familyName: string }) {
  const { t } = useTranslation();
  const part = useCasePart<Network>(caseId, 'network');
  const [editing, setEditing] = useState<string | null>(null);
  const people = part.working?.people ?? [];
  const editingPerson =
    editing === null ? null : (people.find((p) => p.id === editing) ?? emptyPerson(editing));
  const put = (next: NetworkPerson[]) => part.save({ people: next });
  const describe = (value: unknown) => {
    const p = value as NetworkPerson;
    return `${p.name} (${p.relation || t(`caseParts.network.tie.${p.tie}`)}, ${t(
      `caseParts.network.support.${p.support}`,
    )}, ${t(`caseParts.network.involve.${p.involve}`)})`;
  };
  return (
    <section aria-labelledby="network-heading" id="netwerk">
      <h2 id="network-heading">{t('caseParts.network.title')}</h2>
      <PartState part={part} describe={describe} />
      {part.working === null ? null : (
        <>
          <Suspense fallback={<p>{t('account.loading')}</p>}>
            <Ecogram familyName={familyName} people={people} onPick={setEditing} />
          </Suspense>
          {people.length === 0 ? (
            <p>{t('caseParts.network.empty')}</p>
          ) : (
            <table className="network-table">
              <caption>{t('caseParts.network.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseParts.network.fields.name')}</th>
                  <th scope="col">{t('caseParts.network.fields.relation')}</th>
                  <th scope="col">{t('caseParts.network.fields.support')}</th>
                  <th scope="col">{t('caseParts.network.fields.involve')}</th>
                  <th scope="col">{t('caseParts.network.contact')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('caseParts.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    <td>
                      {p.relation || t(`caseParts.network.tie.${p.tie}`)}
                      {p.organization === '' ? '' : ` — ${p.organization}`}
                    </td>
                    <td>{t(`caseParts.network.support.${p.support}`)}</td>
                    <td>
                      {t(`caseParts.network.involve.${p.involve}`)}
                      {p.involveNote === '' ? '' : ` (${p.involveNote})`}
                    </td>
                    <td>
                      {p.phone === '' ? null : (
                        <a href={`tel:${p.phone.replace(/\s/g, '')}`}>{p.phone}</a>
                      )}
                      {p.email === '' ? null : (
                        <>
                          {' '}
                          <a href={`mailto:${p.email}`}>{p.email}</a>
                        </>
                      )}
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        onClick={() => {
                          setEditing(p.id);
                        }}
                      >
                        {t('caseParts.network.editButton', { name: p.name })}
                      </button>
                      <ConfirmButton
                        question={t('caseParts.network.removeQuestion', { name: p.name })}
                        confirmLabel={t('caseParts.network.removeConfirm', { name: p.name })}
                        onConfirm={() => {
                          void put(people.filter((x) => x.id !== p.id));
                        }}
                      >
                        {t('caseParts.network.remove', { name: p.name })}
                      </ConfirmButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {editingPerson === null ? (
            <button
              type="button"
              className="primary"
              onClick={() => {
                setEditing(newId('n'));
              }}
            >
              {t('caseParts.network.add')}
            </button>
          ) : (
            <PersonForm
              key={editingPerson.id}
              storageKey={`omringd:case:${caseId}:network:person:${
                people.some((p) => p.id === editingPerson.id) ? editingPerson.id : 'new'
              }`}
              person={editingPerson}
              isNew={!people.some((p) => p.id === editingPerson.id)}
              onCancel={() => {
                setEditing(null);
              }}
              onSave={async (person) => {
                const exists = people.some((p) => p.id === person.id);
                const saved = await put(
                  exists
                    ? people.map((p) => (p.id === person.id ? person : p))
                    : [...people, person],
                );
                if (saved) setEditing(null);
                return saved;
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
