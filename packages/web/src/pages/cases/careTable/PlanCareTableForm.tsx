/**
 * Planning a care table: what it is for, when, where (near the parents), who. The parents and the
 * network people the family agreed to involve are offered from the case file; someone else can be
 * added by name. What is typed is kept on this device until the table is planned.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ExpertSuggestion,
  FamilyMember,
  MeetingContent,
  NetworkPerson,
  Participant,
} from '@omringd/core';
import { useKeptState } from '../parts/useKeptState.ts';
import { PlaceFields } from './PlaceFields.tsx';

type Draft = {
  purpose: string;
  when: string;
  minutes: string;
  place: 'home' | 'known_place' | 'social_map' | 'other';
  placeText: string;
  placeServiceId: string | null;
  chosen: string[];
  emails: Record<string, string>;
  agenda: string;
  extraName: string;
  extraEmail: string;
};

const languages = ['nl', 'en', 'fr', 'ar'] as const;

export function PlanCareTableForm(props: {
  caseId: string;
  adults: Extract<FamilyMember, { kind: 'adult' }>[];
  network: NetworkPerson[];
  experts: ExpertSuggestion[];
  familyLanguage: string;
  me: { name: string; email: string };
  onPlan: (content: MeetingContent) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const blank = (): Draft => ({
    purpose: '',
    when: '',
    minutes: '90',
    place: 'home',
    placeText: '',
    placeServiceId: null,
    chosen: ['me', ...props.adults.map((a) => `member:${a.id}`)],
    emails: Object.fromEntries([
      ...props.network.map((p): [string, string] => [`network:${p.id}`, p.email]),
      ...props.experts.map((e): [string, string] => [`expert:${e.expert.id}`, e.expert.email]),
    ]),
    agenda: '',
    extraName: '',
    extraEmail: '',
  });
  const [draft, setDraft, forget] = useKeptState<Draft>(
    `omringd:case:${props.caseId}:care-table:new`,
    blank,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
  };
  const language = (languages as readonly string[]).includes(props.familyLanguage)
    ? (props.familyLanguage as Participant['language'])
    : 'nl';
  const candidates = [
    { key: 'me', label: t('careTables.me', { name: props.me.name }) },
    ...props.adults.map((a) => ({ key: `member:${a.id}`, label: a.name })),
    ...props.network.map((p) => ({
      key: `network:${p.id}`,
      label: `${p.name} (${p.relation || t(`caseParts.network.tie.${p.tie}`)})`,
    })),
  ];
  const expertChoices = props.experts.map((e) => ({
    key: `expert:${e.expert.id}`,
    label: `${e.expert.name}${e.expert.organization === '' ? '' : ` (${e.expert.organization})`}`,
    hint: [
      e.expert.expertise.map((x) => t(`careTables.themes.${x}`)).join(', '),
      e.expert.availability,
      e.matches.length === 0 ? '' : t('careTables.matches', { count: e.matches.length }),
    ]
      .filter((x) => x !== '')
      .join(' · '),
  }));
  const participants = (): MeetingContent['participants'] => {
    const base = {
      phone: '',
      memberId: null,
      networkPersonId: null,
      expertId: null,
      reply: 'pending' as const,
      attended: null,
    };
    const list: MeetingContent['participants'] = [];
    for (const key of draft.chosen) {
      const email = (draft.emails[key] ?? '').trim();
      if (key === 'me')
        list.push({
          ...base,
          id: 'coordinator',
          kind: 'coordinator',
          name: props.me.name,
          email: props.me.email,
          language: 'nl',
        });
      const adult = props.adults.find((a) => key === `member:${a.id}`);
      if (adult !== undefined)
        list.push({
          ...base,
          id: `parent-${adult.id}`,
          kind: 'parent',
          name: adult.name,
          email,
          memberId: adult.id,
          language,
        });
      const person = props.network.find((p) => key === `network:${p.id}`);
      if (person !== undefined)
        list.push({
          ...base,
          id: `network-${person.id}`,
          kind:
            person.tie === 'professional' || person.tie === 'service' ? 'professional' : 'network',
          name: person.name,
          email,
          networkPersonId: person.id,
          language: 'nl',
        });
    }
    for (const e of props.experts)
      if (draft.chosen.includes(`expert:${e.expert.id}`))
        list.push({
          ...base,
          id: `expert-${e.expert.id}`,
          kind: 'expert',
          name: e.expert.name,
          email: (draft.emails[`expert:${e.expert.id}`] ?? '').trim(),
          phone: e.expert.phone.slice(0, 30),
          expertId: e.expert.id,
          language: 'nl',
        });
    if (draft.extraName.trim() !== '')
      list.push({
        ...base,
        id: 'other-1',
        kind: 'professional',
        name: draft.extraName.trim(),
        email: draft.extraEmail.trim(),
        language: 'nl',
      });
    return list;
  };
  return (
    <form
      className="panel"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const missing = [
          ...(draft.purpose.trim() === '' ? [t('careTables.purposeMissing')] : []),
          ...(draft.when === '' ? [t('careTables.whenMissing')] : []),
          ...(draft.place !== 'home' && draft.placeText.trim() === ''
            ? [t('careTables.placeMissing')]
            : []),
          ...(draft.place === 'social_map' && draft.placeServiceId === null
            ? [t('careTables.siteMissing')]
            : []),
        ];
        setProblems(missing);
        if (missing.length > 0) return;
        const content: MeetingContent = {
          purpose: draft.purpose.trim(),
          startsAt: new Date(draft.when).toISOString(),
          minutes: Number(draft.minutes),
          place:
            draft.place === 'home'
              ? { kind: 'home' }
              : draft.place === 'social_map' && draft.placeServiceId !== null
                ? {
                    kind: 'social_map',
                    serviceId: draft.placeServiceId,
                    text: draft.placeText.trim(),
                  }
                : {
                    kind: draft.place === 'social_map' ? 'other' : draft.place,
                    text: draft.placeText.trim(),
                  },
          participants: participants(),
          agenda: draft.agenda
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
          notes: '',
          decisions: [],
          agreements: [],
        };
        void props.onPlan(content).then((planned) => {
          if (planned) forget(blank());
        });
      }}
    >
      <h3 id={`${id}-heading`}>{t('careTables.plan')}</h3>
      {problems.length === 0 ? null : (
        <div className="error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-purpose`}>{t('careTables.purpose')}</label>
        <textarea
          id={`${id}-purpose`}
          rows={2}
          maxLength={500}
          value={draft.purpose}
          onChange={(e) => {
            set({ purpose: e.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>{t('careTables.when')}</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          value={draft.when}
          onChange={(e) => {
            set({ when: e.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{t('careTables.minutes')}</label>
        <select
          id={`${id}-minutes`}
          value={draft.minutes}
          onChange={(e) => {
            set({ minutes: e.target.value });
          }}
        >
          {['60', '90', '120'].map((m) => (
            <option key={m} value={m}>
              {t('careTables.minutesValue', { count: Number(m) })}
            </option>
          ))}
        </select>
      </div>
      <PlaceFields
        id={id}
        place={draft.place}
        placeText={draft.placeText}
        placeServiceId={draft.placeServiceId}
        onChange={set}
      />
      <fieldset>
        <legend>{t('careTables.who')}</legend>
        <p className="hint">{t('careTables.whoHint')}</p>
        {candidates.map((c) => {
          const checked = draft.chosen.includes(c.key);
          return (
            <div key={c.key} className="participant-choice">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => {
                    set({
                      chosen: e.target.checked
                        ? [...draft.chosen, c.key]
                        : draft.chosen.filter((k) => k !== c.key),
                    });
                  }}
                />{' '}
                {c.label}
              </label>
              {checked && c.key !== 'me' ? (
                <div className="field">
                  <label htmlFor={`${id}-email-${c.key}`}>
                    {t('careTables.emailOf', { name: c.label })}
                  </label>
                  <input
                    id={`${id}-email-${c.key}`}
                    type="email"
                    value={draft.emails[c.key] ?? ''}
                    onChange={(e) => {
                      set({ emails: { ...draft.emails, [c.key]: e.target.value } });
                    }}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
        <div className="field">
          <label htmlFor={`${id}-extra`}>{t('careTables.extraName')}</label>
          <input
            id={`${id}-extra`}
            maxLength={200}
            value={draft.extraName}
            onChange={(e) => {
              set({ extraName: e.target.value });
            }}
          />
        </div>
        {draft.extraName.trim() === '' ? null : (
          <div className="field">
            <label htmlFor={`${id}-extra-email`}>
              {t('careTables.emailOf', { name: draft.extraName })}
            </label>
            <input
              id={`${id}-extra-email`}
              type="email"
              value={draft.extraEmail}
              onChange={(e) => {
                set({ extraEmail: e.target.value });
              }}
            />
          </div>
        )}
      </fieldset>
      {expertChoices.length === 0 ? null : (
        <fieldset>
          <legend>{t('careTables.experts')}</legend>
          <p className="hint">{t('careTables.expertsHint')}</p>
          {expertChoices.map((c) => (
            <div key={c.key} className="participant-choice">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={draft.chosen.includes(c.key)}
                  aria-describedby={`${id}-${c.key}-hint`}
                  onChange={(e) => {
                    set({
                      chosen: e.target.checked
                        ? [...draft.chosen, c.key]
                        : draft.chosen.filter((k) => k !== c.key),
                    });
                  }}
                />{' '}
                {c.label}
              </label>
              <p className="hint" id={`${id}-${c.key}-hint`}>
                {c.hint}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-agenda`}>{t('careTables.agenda')}</label>
        <p className="hint" id={`${id}-agenda-hint`}>
          {t('careTables.agendaHint')}
        </p>
        <textarea
          id={`${id}-agenda`}
          rows={3}
          aria-describedby={`${id}-agenda-hint`}
          value={draft.agenda}
          onChange={(e) => {
            set({ agenda: e.target.value });
          }}
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t('careTables.planButton')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('caseParts.cancel')}
        </button>
      </div>
    </form>
  );
}
