/**
 * A thread of messages between the family and its contact person, oldest first, with a box to
 * write the next one; the family's portal and the case file show it, each from its own side.
 * What was typed stays in the box until the message is sent.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyMessage } from '@omringd/core';
import { getJson, sendJson, type ApiError } from '../api.ts';
import { formatDateTime } from '../format.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

type Texts = {
  title: string;
  intro: string;
  none: string;
  label: string;
  send: string;
  sent: string;
};

export function MessageThread({
  url,
  texts,
  anchor,
}: {
  url: string;
  texts: Texts;
  anchor: string;
}) {
  const { i18n } = useTranslation();
  const id = useId();
  const [messages, setMessages] = useState<FamilyMessage[] | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    void getJson<{ messages: FamilyMessage[] }>(url, abort.signal).then((r) => {
      if (r.ok) setMessages(r.value.messages);
      else if (r.error.code !== 'aborted') setError(r.error);
    });
    return () => {
      abort.abort();
    };
  }, [url]);
  return (
    <section aria-labelledby={`${id}-title`} id={anchor}>
      <h2 id={`${id}-title`}>{texts.title}</h2>
      <p>{texts.intro}</p>
      <ErrorMessage error={error} />
      {messages === null ? null : messages.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <ol className="plain message-thread">
          {messages.map((m) => (
            <li key={m.id} className={m.mine ? 'message message-mine' : 'message'}>
              <p className="hint">
                <strong>{m.fromName}</strong> · {formatDateTime(m.at, i18n.language)}
              </p>
              <p className="message-text">{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void sendJson<{ messages: FamilyMessage[] }>('POST', url, { text }).then((r) => {
            if (!r.ok) {
              setError(r.error);
              return;
            }
            setError(null);
            setMessages(r.value.messages);
            setText('');
            setStatus(texts.sent);
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-text`}>{texts.label}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={2000}
            required
            value={text}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
        <button type="submit" className="primary">
          {texts.send}
        </button>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </section>
  );
}
