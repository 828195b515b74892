/** The provinces whose social map the signed-in user manages (from all their memberships). */
import { useSession } from './session.ts';

export function useRegion(): string[] {
  const { session } = useSession();
  return session.state === 'signed_in'
    ? [...new Set(session.memberships.flatMap((m) => m.regionProvinces))]
    : [];
}
