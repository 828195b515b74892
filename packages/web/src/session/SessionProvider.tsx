import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getJson, setCsrfToken } from '../api.ts';
import { followAccountLanguage } from '../i18n.ts';
import type { SessionView } from '@omringd/core/api';
import { SessionContext, type Session } from './session.ts';

async function fetchSession(): Promise<Session> {
  const result = await getJson<SessionView>('/api/v1/auth/session');
  if (!result.ok) {
    setCsrfToken(null);
    followAccountLanguage(null);
    return { state: 'anonymous' };
  }
  setCsrfToken(result.value.csrfToken);
  followAccountLanguage(result.value.state === 'signed_in' ? result.value.user.locale : null);
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
