/**
 * The start page: the social map for everyone, except a parent who works on no case, whose start
 * is their own family's plan (the family portal), and a supporter a family invited, whose start
 * is their own part in it.
 */
import { Navigate } from 'react-router';
import { SearchPage } from '../pages/SearchPage.tsx';
import { useSession } from './session.ts';

export function StartPage() {
  const { session } = useSession();
  if (
    session.state === 'signed_in' &&
    session.rights.includes('family.own') &&
    !session.rights.includes('case.participate')
  )
    return <Navigate to="/ons-gezin" replace />;
  if (session.state === 'signed_in' && session.rights.includes('family.support'))
    return <Navigate to="/steun" replace />;
  return <SearchPage />;
}
