/** Signing in over real HTTP as a browser does: password, then the authenticator's code. */
import { SESSION_COOKIE } from '../../src/kernel/sessions.ts';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { PASSWORD, type Person } from './people.ts';

/** Signs in over HTTP like a browser: the session cookie and the CSRF token. */
export async function signInOverHttp(
  base: string,
  person: Person,
): Promise<{ cookie: string; csrf: string }> {
  let cookie = '';
  const post = async (path: string, body: unknown, csrf?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookie === '' ? {} : { cookie }),
        ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
      },
      body: JSON.stringify(body),
    });
    const set = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (set !== undefined) cookie = set.split(';')[0] ?? '';
    return (await response.json()) as { csrfToken?: string };
  };
  await post('/api/v1/auth/login', { email: person.email, password: PASSWORD });
  const pending = await (
    await fetch(`${base}/api/v1/auth/session`, { headers: { cookie } })
  ).json();
  await post(
    '/api/v1/auth/second-factor',
    { code: totpCode(person.totpSecret, new Date()) },
    (pending as { csrfToken?: string }).csrfToken,
  );
  const session = await (
    await fetch(`${base}/api/v1/auth/session`, { headers: { cookie } })
  ).json();
  return { cookie, csrf: (session as { csrfToken?: string }).csrfToken ?? '' };
}
