/**
 * Plan A, Plan B and Plan C: what each route is and the trigger that moves the case on to the
 * next, with the active one marked; moving to another is a recorded decision with a reason.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planRoutes, type PlanContent, type PlanRoute, type Route } from '@omringd/core';
import { DateInput } from '../../../components/DateInput.tsx';

export function RoutesPanel(props: {
  content: PlanContent;
  /** The route the saved plan is on (the draft may not be saved yet). */
  active: PlanRoute;
  saved: boolean;
  onChange: (routes: PlanContent['routes']) => void;
  onSwitch: (to: PlanRoute, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [to, setTo] = useState<PlanRoute>(props.active === 'A' ? 'B' : 'A');
  const [reason, setReason] = useState('');
  const choice = to === props.active ? (planRoutes.find((r) => r !== props.active) ?? 'A') : to;
  const set = (route: PlanRoute, change: Partial<Route>) => {
    props.onChange({
      ...props.content.routes,
      [route]: { ...props.content.routes[route], ...change },
    });
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="plan-routes">
      <h2 id={`${id}-heading`}>{t('plan.routesTitle')}</h2>
      <p className="hint">{t('plan.routesHint')}</p>
      {planRoutes.map((route) => (
        <fieldset key={route} className={route === props.active ? 'route active' : 'route'}>
          <legend>
            {t('plan.route', { route })}
            {route === props.active ? ` — ${t('plan.activeNow')}` : ''}
          </legend>
          <div className="field">
            <label htmlFor={`${id}-${route}-summary`}>{t('plan.routeSummary')}</label>
            <textarea
              id={`${id}-${route}-summary`}
              rows={2}
              value={props.content.routes[route].summary}
              onChange={(e) => {
                set(route, { summary: e.target.value });
              }}
            />
          </div>
          {route === 'C' ? null : (
            <>
              <div className="field">
                <label htmlFor={`${id}-${route}-trigger`}>
                  {t('plan.trigger', { next: route === 'A' ? 'B' : 'C' })}
                </label>
                <textarea
                  id={`${id}-${route}-trigger`}
                  rows={2}
                  value={props.content.routes[route].trigger}
                  onChange={(e) => {
                    set(route, { trigger: e.target.value });
                  }}
                />
              </div>
              <DateInput
                id={`${id}-${route}-by`}
                label={t('plan.triggerBy', { route })}
                value={props.content.routes[route].triggerBy ?? ''}
                onChange={(by) => {
                  set(route, { triggerBy: by === '' ? null : by });
                }}
              />
            </>
          )}
        </fieldset>
      ))}
      {props.saved ? (
        <form
          className="plan-switch"
          aria-labelledby={`${id}-switch`}
          onSubmit={(event) => {
            event.preventDefault();
            void props.onSwitch(choice, reason).then((ok) => {
              if (ok) setReason('');
            });
          }}
        >
          <h3 id={`${id}-switch`}>{t('plan.switchTitle')}</h3>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('plan.switchTo')}</label>
            <select
              id={`${id}-to`}
              value={choice}
              onChange={(e) => {
                setTo(e.target.value as PlanRoute);
              }}
            >
              {planRoutes
                .filter((r) => r !== props.active)
                .map((r) => (
                  <option key={r} value={r}>
                    {t('plan.route', { route: r })}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('plan.switchReason')}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              required
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          </div>
          <button type="submit" className="primary">
            {t('plan.switchButton')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
