import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getJson, setCsrfToken } from '../api.ts';
import { SessionContext, type Session } from './session.ts';

type SessionBody =
  | { state: 'pending'; pendingStep: 'totp' | 'totp_enrolment'; csrfToken: string }
  | (Extract<Session, { state: 'signed_in' }> & { csrfToken: string });

async function fetchSession(): Promise<Session> {
  const result = await getJson<SessionBody>('/api/v1/auth/session');
  if (!result.ok) {
    setCsrfToken(null);
    return { state: 'anonymous' };
  }
  setCsrfToken(result.value.csrfToken);
  return result.value;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const refresh = useCallback(async () => {
    setSession(await fetchSession());
  }, []);
  useEffect(() => {
    void fetchSession().then(setSession);
  }, []);
  const value = useMemo(() => ({ session, refresh }), [session, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
