/**
 * The referral form's draft: a stored one loaded by its address, or the referral to be, stored on
 * the first change (the address then becomes the draft's own, without a reload). What is typed is
 * kept on this device until the server holds it; a copy the server did not get wins on loading.
 */
import type { ReferralStart } from '@omringd/core/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { getJson, sendJson, type ApiError, type Result } from '../../api.ts';
import type { ProgrammeView, Referral } from './referralTypes.ts';

type Draft = Referral['content'];
/** What the form shows: a stored draft, or (before the first change) the referral to be. */
export type Shown = ReferralStart & { status: string };
type Target = { programmeKey?: string; serviceId?: string };
export const backupKey = (id: string) => `omringd:referral-draft:${id}`;
/** Before the draft exists, what is typed is kept on this device under its target. */
const newKey = (target: Target) =>
  `omringd:referral-draft:new:${target.programmeKey ?? ''}:${target.serviceId ?? ''}`;

export function useReferralDraft() {
  const params = useParams();
  const navigate = useNavigate();
  const target: Target | null =
    params.id !== undefined
      ? null
      : params.key !== undefined
        ? { programmeKey: params.key }
        : { serviceId: params.serviceId ?? '' };
  // The draft's id: known for a stored draft, given by the server on the first change otherwise.
  const [id, setId] = useState(params.id ?? '');
  const idRef = useRef(id);
  /** Read at call time: the id arrives while a save waits for the draft to be stored. */
  const currentId = () => idRef.current;
  const creating = useRef<Promise<Result<Referral>> | null>(null);
  const [referral, setReferral] = useState<Shown | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [programme, setProgramme] = useState<ProgrammeView | null>(null);
  const [serverDraft, setServerDraft] = useState<Draft | null>(null);
  const [restored, setRestored] = useState(false);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const targetKey = target === null ? null : newKey(target);
  const loadKey = params.id ?? targetKey ?? '';

  useEffect(() => {
    // A draft this page just made is already here: nothing to load again.
    if (params.id !== undefined && params.id === idRef.current && referral !== null) return;
    const url =
      params.id !== undefined
        ? `/api/v1/referrals/${params.id}`
        : `/api/v1/referrals/new?${new URLSearchParams(target as Record<string, string>).toString()}`;
    const keptUnder = params.id !== undefined ? backupKey(params.id) : (targetKey ?? '');
    void getJson<ReferralStart & { status?: string }>(url).then(async (r) => {
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setReferral({ ...r.value, status: r.value.status ?? 'draft' });
      setServerDraft(r.value.content);
      // A copy kept on this device that the server did not get wins over the server's older one.
      const kept = localStorage.getItem(keptUnder);
      const restoredDraft = kept === null ? null : (JSON.parse(kept) as Draft);
      const differs =
        restoredDraft !== null && JSON.stringify(restoredDraft) !== JSON.stringify(r.value.content);
      setDraft(differs ? restoredDraft : r.value.content);
      if (differs) {
        setRestored(true);
        setChanged(true);
      } else localStorage.removeItem(keptUnder);
      if (r.value.programmeKey !== null) {
        const p = await getJson<ProgrammeView>(`/api/v1/programmes/${r.value.programmeKey}`);
        if (p.ok) setProgramme(p.value);
      }
    });
    // Loaded once per address; the target follows from it.
  }, [loadKey]);

  /** The first change stores the draft; the address becomes the draft's own (no reload). */
  const create = useCallback(
    (value: Draft, keepalive: boolean) => {
      creating.current ??= sendJson<Referral>(
        'POST',
        '/api/v1/referrals',
        { ...target, content: value },
        { keepalive },
      ).then((created) => {
        if (created.ok) {
          idRef.current = created.value.id;
          setId(created.value.id);
          if (targetKey !== null) localStorage.removeItem(targetKey);
          // The same page goes on (this draft is not loaded again), at the draft's own address.
          void navigate(
            {
              pathname: `/aanmeldingen/${created.value.id}/bewerken`,
              search: window.location.search,
            },
            { replace: true },
          );
        } else creating.current = null;
        return created;
      });
      return creating.current;
    },
    // The target follows from the address, as its key does.
    [targetKey, navigate],
  );
  const save = useCallback(
    async (value: Draft, keepalive: boolean): Promise<Result<Referral>> => {
      if (idRef.current === '') {
        const pending = creating.current;
        if (pending === null) return create(value, keepalive);
        await pending;
        if (currentId() === '') return pending;
      }
      return sendJson<Referral>('PUT', `/api/v1/referrals/${idRef.current}/draft`, value, {
        keepalive,
      });
    },
    [create],
  );

  return {
    id,
    idRef,
    storageKey: id === '' ? (targetKey ?? '') : backupKey(id),
    referral,
    draft,
    setDraft,
    serverDraft,
    programme,
    restored,
    changed,
    setChanged,
    error,
    setError,
    save,
  };
}
