/** Who is signed in, as the server tells it; shared by the header and the pages. */
import { createContext, useContext } from 'react';
import type { MembershipView, SessionView } from '@omringd/core/api';

export type Membership = MembershipView;

/** The server's answer (the route's declared schema), or not known yet, or no session. */
export type Session = { state: 'loading' } | { state: 'anonymous' } | SessionView;

export type SessionApi = { session: Session; refresh: () => Promise<void> };

export const SessionContext = createContext<SessionApi>({
  session: { state: 'loading' },
  refresh: () => Promise.resolve(),
});

export function useSession(): SessionApi {
  return useContext(SessionContext);
}
