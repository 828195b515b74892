/**
 * One action of a goal: what, who (the family itself, someone of their network the family agreed
 * to involve, a professional, or a service of the social map), by when, and whether it is done.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, PlanAction } from '@omringd/core';
import { DateInput } from '../../../components/DateInput.tsx';
import { ServicePicker } from '../parts/ServicePicker.tsx';
import type { PlanContext } from './usePlanContext.ts';
import { VisibilityFields } from './VisibilityFields.tsx';

const kinds = ['family', 'network', 'professional', 'service'] as const;

export function ActionFields(props: {
  action: PlanAction;
  context: PlanContext;
  onChange: (action: PlanAction) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { action, context } = props;
  const set = (change: Partial<PlanAction>) => {
    props.onChange({ ...action, ...change });
  };
  const who = (kind: Actor['kind']): Actor => {
    switch (kind) {
      case 'family':
        return { kind };
      case 'network': {
        const first = context.people[0];
        return { kind, personId: first?.id ?? '', name: first?.name ?? '' };
      }
      case 'professional':
        return { kind, name: '', organization: '', phone: '' };
      case 'service':
        return { kind, serviceId: '', name: '', phone: '' };
    }
  };
  return (
    <fieldset className="plan-action">
      <legend>{action.what === '' ? t('plan.newAction') : action.what}</legend>
      <div className="field">
        <label htmlFor={`${id}-what`}>{t('plan.what')}</label>
        <input
          id={`${id}-what`}
          value={action.what}
          onChange={(e) => {
            set({ what: e.target.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('plan.who')}</label>
        <select
          id={`${id}-who`}
          value={action.who.kind}
          onChange={(e) => {
            set({ who: who(e.target.value as Actor['kind']) });
          }}
        >
          {kinds
            .filter((k) => k !== 'network' || context.people.length > 0)
            .map((k) => (
              <option key={k} value={k}>
                {t(`plan.whoKinds.${k}`)}
              </option>
            ))}
        </select>
      </div>
      {action.who.kind === 'network' ? (
        <div className="field">
          <label htmlFor={`${id}-person`}>{t('plan.networkPerson')}</label>
          <select
            id={`${id}-person`}
            value={action.who.personId}
            onChange={(e) => {
              const person = context.people.find((p) => p.id === e.target.value);
              set({ who: { kind: 'network', personId: e.target.value, name: person?.name ?? '' } });
            }}
          >
            {context.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.relation})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {action.who.kind === 'professional' ? (
        <ProfessionalFields
          who={action.who}
          onChange={(w) => {
            set({ who: w });
          }}
        />
      ) : null}
      {action.who.kind === 'service' ? (
        <div className="field">
          <p>
            {action.who.name === ''
              ? t('plan.noServiceYet')
              : t('plan.service', { name: action.who.name })}
          </p>
          <ServicePicker
            onPick={(service) => {
              set({
                who: {
                  kind: 'service',
                  serviceId: service.id,
                  name: `${service.name} (${service.organizationName})`,
                  phone: '',
                },
              });
            }}
          />
        </div>
      ) : null}
      <DateInput
        id={`${id}-by`}
        label={t('plan.by')}
        hint={t('plan.byHint')}
        value={action.by ?? ''}
        onChange={(by) => {
          set({ by: by === '' ? null : by });
        }}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={action.done}
          onChange={(e) => {
            set({ done: e.target.checked });
          }}
        />{' '}
        {t('plan.done')}
      </label>
      <VisibilityFields
        item={action}
        adults={context.adults}
        onChange={(v) => {
          set(v);
        }}
      />
      <button type="button" className="danger" onClick={props.onRemove}>
        {t('plan.removeAction')}
      </button>
    </fieldset>
  );
}

function ProfessionalFields(props: {
  who: Extract<Actor, { kind: 'professional' }>;
  onChange: (who: Extract<Actor, { kind: 'professional' }>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = (key: 'name' | 'organization' | 'phone', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={props.who[key]}
        type={key === 'phone' ? 'tel' : 'text'}
        onChange={(e) => {
          props.onChange({ ...props.who, [key]: e.target.value });
        }}
      />
    </div>
  );
  return (
    <>
      {field('name', t('plan.professionalName'))}
      {field('organization', t('plan.professionalOrganization'))}
      {field('phone', t('plan.phone'))}
    </>
  );
}
