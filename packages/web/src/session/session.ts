/** Who is signed in, as the server tells it; shared by the header and the pages. */
import { createContext, useContext } from 'react';

export type Membership = {
  id: string;
  organizationId: string;
  organizationName: string;
  teamName: string | null;
  role: string;
  regionProvinces: string[];
};

export type Session =
  | { state: 'loading' }
  | { state: 'anonymous' }
  | { state: 'pending'; pendingStep: 'totp' | 'totp_enrolment' }
  | {
      state: 'signed_in';
      user: { id: string; email: string; displayName: string };
      memberships: Membership[];
      rights: string[];
    };

export type SessionApi = { session: Session; refresh: () => Promise<void> };

export const SessionContext = createContext<SessionApi>({
  session: { state: 'loading' },
  refresh: () => Promise.resolve(),
});

export function useSession(): SessionApi {
  return useContext(SessionContext);
}
