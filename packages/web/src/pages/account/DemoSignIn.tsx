/** The demo's sign-in: one button per invented person, no password or second factor. */
import { useTranslation } from 'react-i18next';
import { sendJson, type ApiError } from '../../api.ts';
import type { Demo, DemoPerson } from '../../session/demo.ts';

export function DemoSignIn({
  demo,
  onSignedIn,
  onError,
}: {
  demo: Demo;
  onSignedIn: (person: DemoPerson) => Promise<void>;
  onError: (error: ApiError) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return (
    <section aria-labelledby="demo-heading" className="demo-people">
      <h2 id="demo-heading">{t('demo.signInTitle')}</h2>
      <p>{t('demo.signInIntro')}</p>
      <ul className="plain">
        {demo.people.map((person) => (
          <li key={person.id}>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                void sendJson('POST', '/api/v1/demo/sign-in', { personId: person.id }).then(
                  async (result) => {
                    if (result.ok) await onSignedIn(person);
                    else onError(result.error);
                  },
                );
              }}
            >
              {t('demo.signInAs', { name: person.name })}
            </button>
            <span className="hint"> {person.about[lang]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
