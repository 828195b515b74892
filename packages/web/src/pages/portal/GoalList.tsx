/**
 * Our goals, each with what is agreed under it: who does what, by when, and whether it is done.
 * A goal the family wrote is marked as theirs.
 */
import { useTranslation } from 'react-i18next';
import type { Actor, PlanContent } from '@omringd/core';
import { formatDate } from '../../format.ts';
import { ReadAloud } from './ReadAloud.tsx';

export function GoalList({ content }: { content: PlanContent }) {
  const { t, i18n } = useTranslation();
  const who = (actor: Actor) =>
    actor.kind === 'family'
      ? t('portal.whoFamily')
      : actor.kind === 'network'
        ? actor.name
        : actor.kind === 'professional'
          ? [actor.name, actor.organization].filter((x) => x !== '').join(', ')
          : actor.name;
  if (content.goals.length === 0) return <p>{t('portal.noGoals')}</p>;
  return (
    <ol className="portal-goals">
      {content.goals.map((goal) => {
        const actions = content.actions.filter((a) => a.goalId === goal.id);
        const domains = goal.domains.map((d) => t(`caseParts.domains.names.${d}`)).join(', ');
        return (
          <li key={goal.id} className="portal-goal">
            <h3>{goal.text}</h3>
            <p className="portal-meta">
              {goal.author === 'family' ? (
                <strong className="badge badge-family">{t('portal.ourWords')}</strong>
              ) : null}{' '}
              {domains === '' ? null : <span>{domains}</span>}{' '}
              {goal.priority === 'unknown' ? null : (
                <span>{t(`caseParts.domains.priority.${goal.priority}`)}</span>
              )}
            </p>
            <ReadAloud text={goal.text} label={goal.text} />
            {actions.length === 0 ? null : (
              <ul className="portal-actions">
                {actions.map((a) => (
                  <li key={a.id}>
                    <span aria-hidden="true">{a.done ? '✔' : '○'}</span>{' '}
                    <strong>{who(a.who)}</strong>: {a.what}
                    {a.by === null
                      ? null
                      : ` — ${t('portal.byDate', { date: formatDate(a.by, i18n.language) })}`}
                    {a.done ? ` (${t('portal.done')})` : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
