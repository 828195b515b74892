/**
 * One editable part of a case file on the page: loaded, changed in a working copy that this device
 * keeps at every change (a closed tab or a lost connection loses nothing), saved with the version
 * it started from. When someone else saved first, the page gets both versions to merge instead of
 * an overwrite; a kept copy of an older version comes back the same way.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, sendJson, type ApiError } from '../../../api.ts';
import { announceCaseChanged } from './caseChanged.ts';

export type Versioned<T> = {
  version: number;
  content: T;
  updatedAt: string | null;
  updatedBy: string | null;
};
type Kept<T> = { version: number; content: T };
export type Conflict<T> = { theirs: Versioned<T>; mine: T };

const keyOf = (caseId: string, part: string) => `omringd:case:${caseId}:${part}`;

function readKept<T>(key: string): Kept<T> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as Kept<T>);
  } catch {
    // A copy this device cannot read (changed by hand, storage off) is no copy.
    return null;
  }
}

function keep<T>(key: string, kept: Kept<T> | null): void {
  try {
    if (kept === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // Private mode or a full storage: the page still works, it just cannot keep a copy.
  }
}

export function useCasePart<T, V extends Versioned<T> = Versioned<T>>(
  caseId: string,
  part: string,
) {
  const { t } = useTranslation();
  const url = `/api/v1/cases/${caseId}/${part}`;
  const storageKey = keyOf(caseId, part);
  const [view, setView] = useState<V | null>(null);
  const [working, setWorkingState] = useState<T | null>(null);
  const [conflict, setConflict] = useState<Conflict<T> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    void getJson<V>(url, abort.signal).then((r) => {
      if (!r.ok) {
        if (r.error.code !== 'aborted') setError(r.error);
        return;
      }
      setView(r.value);
      const kept = readKept<T>(storageKey);
      if (kept === null || JSON.stringify(kept.content) === JSON.stringify(r.value.content)) {
        keep(storageKey, null);
        setWorkingState(r.value.content);
      } else if (kept.version === r.value.version) {
        setWorkingState(kept.content);
        setStatus(t('caseParts.restored'));
      } else {
        setWorkingState(r.value.content);
        setConflict({ theirs: r.value, mine: kept.content });
      }
    });
    return () => {
      abort.abort();
    };
  }, [url, storageKey, t]);

  const setWorking = useCallback(
    (content: T) => {
      setWorkingState(content);
      if (view !== null) keep(storageKey, { version: view.version, content });
    },
    [storageKey, view],
  );

  const saveAs = useCallback(
    async (version: number, content: T) => {
      setSaving(true);
      const r = await sendJson<V>('PUT', url, { version, content });
      setSaving(false);
      if (r.ok) {
        keep(storageKey, null);
        setView(r.value);
        setWorkingState(r.value.content);
        setConflict(null);
        setError(null);
        setStatus(t('caseParts.saved'));
        announceCaseChanged(caseId);
        return true;
      }
      const current = (r.error as ApiError & { current?: V }).current;
      if (r.error.reason === 'changed_meanwhile' && current !== undefined) {
        setView(current);
        setConflict({ theirs: current, mine: content });
        keep(storageKey, { version, content });
        setError(null);
        setStatus(t('caseParts.changedMeanwhile'));
        return false;
      }
      setError(r.error);
      setStatus('');
      return false;
    },
    [caseId, storageKey, t, url],
  );

  const save = useCallback(
    async (content?: T) => {
      const next = content ?? working;
      if (view === null || next === null) return false;
      if (content !== undefined) setWorking(content);
      return saveAs(view.version, next);
    },
    [saveAs, setWorking, view, working],
  );

  /** The merged part, saved on the version saved meanwhile. */
  const resolve = useCallback(
    async (merged: T) => {
      if (conflict === null) return false;
      return saveAs(conflict.theirs.version, merged);
    },
    [conflict, saveAs],
  );

  /** My change given up: what is saved stays, this device forgets the copy. */
  const discard = useCallback(() => {
    if (conflict === null) return;
    keep(storageKey, null);
    setWorkingState(conflict.theirs.content);
    setConflict(null);
    setStatus(t('caseParts.discarded'));
  }, [conflict, storageKey, t]);

  const dirty = view !== null && JSON.stringify(working) !== JSON.stringify(view.content);
  return {
    view,
    working,
    setWorking,
    save,
    saving,
    dirty,
    conflict,
    resolve,
    discard,
    error,
    status,
  };
}
