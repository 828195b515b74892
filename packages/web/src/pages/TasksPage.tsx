/**
 * My tasks across the cases I am the contact person of, most urgent first: a care table due, an
 * evaluation due, an action past its date, a case nearing its maximum duration.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '@omringd/core';
import { getJson, type ApiError } from '../api.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { formatDate, formatDateTime } from '../format.ts';

const where = (task: Task) =>
  task.kind === 'evaluation_due' || task.kind === 'action_past_date'
    ? `/dossiers/${task.caseId}/plan`
    : task.kind === 'budget_ending'
      ? `/dossiers/${task.caseId}/budget`
      : `/dossiers/${task.caseId}`;

export function TasksPage() {
  const { t, i18n } = useTranslation();
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void getJson<Task[]>('/api/v1/tasks', abort.signal).then((r) => {
      if (r.ok) setTasks(r.value);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, []);
  return (
    <div>
      <h1>{t('tasks.title')}</h1>
      <p className="hint">{t('tasks.hint')}</p>
      <ErrorMessage error={error} />
      {tasks === null ? (
        error === null ? (
          <p role="status">{t('account.loading')}</p>
        ) : null
      ) : tasks.length === 0 ? (
        <p>{t('tasks.none')}</p>
      ) : (
        <ol className="plain task-list">
          {tasks.map((task) => (
            <li
              key={`${task.kind}:${task.caseId}:${task.detail}`}
              className={task.overdue ? 'overdue' : ''}
            >
              <p>
                <strong>{t(`tasks.kinds.${task.kind}`)}</strong>
                {task.overdue ? <span className="badge danger"> {t('tasks.overdue')}</span> : null}
              </p>
              <p>
                <Link to={where(task)}>{task.familyLabel}</Link>
                {task.kind === 'action_past_date' ? <> — {task.detail}</> : null}
                {task.kind === 'care_table_due' || task.kind === 'duration_ending' ? (
                  <> — {task.detail}</>
                ) : null}
              </p>
              <p>
                {t(task.overdue ? 'tasks.wasDue' : 'tasks.due', {
                  // A task due on a day says the day; one due at a moment says when.
                  at:
                    task.dueOn === null
                      ? formatDateTime(task.dueAt, i18n.language)
                      : formatDate(task.dueOn, i18n.language),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
