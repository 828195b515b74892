/**
 * Saving a form as it is typed, so that nothing typed is lost:
 * - every change is kept on this device at once (localStorage), before any request;
 * - the server gets the form shortly after the last key, and at once when a field loses focus,
 *   the tab is hidden or the page is closed (a keep-alive request that outlives the page);
 * - a field the rules refuse (too long, say) is held back — the server keeps its last good value,
 *   this device keeps what was typed — and every other field goes on being saved;
 * - a failed request is retried, with the state said in words ("Niet bewaard — we proberen
 *   opnieuw"), never a claim that all is saved before the server said so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../api.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; code: string }
  | { kind: 'stopped'; error: ApiError };

/** A field as a path into the form, e.g. ['concern', 'behaviour']. */
export type FieldPath = readonly (string | number)[];
export type FieldProblem = { path: FieldPath; message: string; reason?: string };

const DELAY_MS = 800;
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

const pathKey = (path: FieldPath) => path.join('.');

function getAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function setAt<T>(value: T, path: FieldPath, replacement: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return replacement as T;
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }
  ) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, replacement);
  return copy as T;
}

/** The form as the server may take it: refused fields keep the value the server already has. */
export function withoutRefused<T>(value: T, saved: T, refused: readonly FieldPath[]): T {
  return refused.reduce((next, path) => setAt(next, path, getAt(saved, path)), value);
}

type Options<T> = {
  /** Where this device keeps its copy. */
  storageKey: string;
  /** The form as it is now; null while it loads. */
  value: T | null;
  /** The form as the server has it (after the load). */
  serverValue: T | null;
  /** Whether the user changed anything since the load. */
  changed: boolean;
  /** The fields the rules refuse as typed (checked here, before sending). */
  check: (value: T) => FieldProblem[];
  save: (value: T, keepalive: boolean) => Promise<Result<unknown>>;
};

export function useAutosave<T>({
  storageKey,
  value,
  serverValue,
  changed,
  check,
  save,
}: Options<T>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [refused, setRefused] = useState<FieldProblem[]>([]);
  const latest = useRef(value);
  const onServer = useRef(serverValue);
  const sentJson = useRef<string | null>(null);
  const inFlight = useRef(false);
  const retries = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Fields the server refused, with the value it refused (held back until it changes). */
  const serverRefused = useRef<(FieldProblem & { refusedJson: string })[]>([]);
  const stopped = useRef(false);
  const changedRef = useRef(changed);
  changedRef.current = changed;

  useEffect(() => {
    if (onServer.current === null) onServer.current = serverValue;
  }, [serverValue]);

  const flush = useCallback(
    async (keepalive = false): Promise<void> => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const current = latest.current;
      const base = onServer.current;
      if (current === null || base === null || stopped.current || !changedRef.current) return;
      const problems = [...check(current), ...serverRefused.current];
      const payload = withoutRefused(
        current,
        base,
        problems.map((p) => p.path),
      );
      const json = JSON.stringify(payload);
      setRefused(problems);
      if (json === sentJson.current || (inFlight.current && !keepalive)) return;
      inFlight.current = true;
      setState({ kind: 'saving' });
      let result = await save(payload, keepalive);
      // A keep-alive request may carry at most 64 kB; a larger form goes as a plain request,
      // which still finishes when the page stays.
      if (!result.ok && keepalive && result.error.code === 'network')
        result = await save(payload, false);
      inFlight.current = false;
      if (result.ok) {
        onServer.current = payload;
        sentJson.current = json;
        retries.current = 0;
        // The copy on this device goes only when the server holds everything typed.
        if (JSON.stringify(latest.current) === json) localStorage.removeItem(storageKey);
        setState({ kind: 'saved', at: new Date() });
        // Typed while the request was under way: save that too (what is held back stays back).
        const now = latest.current;
        const next =
          now === null
            ? json
            : JSON.stringify(
                withoutRefused(
                  now,
                  payload,
                  [...check(now), ...serverRefused.current].map((p) => p.path),
                ),
              );
        if (next !== json) timer.current = setTimeout(() => void flush(), DELAY_MS);
        return;
      }
      const { error } = result;
      if (error.code === 'invalid_input' && (error.fields?.length ?? 0) > 0) {
        // Hold back the refused fields and save the others at once.
        serverRefused.current = (error.fields ?? []).map((f) => {
          const path = f.field.split('.');
          return { path, message: f.message, refusedJson: JSON.stringify(getAt(current, path)) };
        });
        const known = new Set(problems.map((p) => pathKey(p.path)));
        if (serverRefused.current.some((p) => !known.has(pathKey(p.path)))) {
          void flush(keepalive);
          return;
        }
      }
      if (error.code === 'conflict' || error.code === 'not_found' || error.code === 'forbidden') {
        stopped.current = true;
        setState({ kind: 'stopped', error });
        return;
      }
      setState({ kind: 'retrying', code: error.code });
      const wait = RETRY_MS[Math.min(retries.current, RETRY_MS.length - 1)] ?? DELAY_MS;
      retries.current += 1;
      timer.current = setTimeout(() => void flush(), wait);
    },
    [check, save, storageKey],
  );

  // Every change: kept on this device at once, sent shortly after the last key.
  useEffect(() => {
    latest.current = value;
    if (value === null || !changed) return;
    localStorage.setItem(storageKey, JSON.stringify(value));
    // A refusal by the server holds only until that field is changed.
    serverRefused.current = serverRefused.current.filter(
      (p) => JSON.stringify(getAt(value, p.path)) === p.refusedJson,
    );
    setRefused([...check(value), ...serverRefused.current]);
    setState((s) => (s.kind === 'retrying' || s.kind === 'stopped' ? s : { kind: 'pending' }));
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [value, changed, storageKey, check, flush]);

  // Leaving the page or the tab: send what is there, with a request that outlives the page.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    const onPageHide = () => void flush(true);
    // A field that loses focus: what it holds is sent now, not after the delay.
    const onFocusOut = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('focusout', onFocusOut);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [flush]);

  // Leaving the form inside the app (a link): send what is there too.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(
    () => () => {
      void flushRef.current(true);
    },
    [],
  );

  return { state, refused, flush };
}
