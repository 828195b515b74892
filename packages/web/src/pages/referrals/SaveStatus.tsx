/** The true state of the draft's save, in words, announced politely to screen readers. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { SaveState } from '../../components/useAutosave.ts';

const SESSION_CODES = new Set(['unauthenticated', 'csrf', 'second_factor_required']);

export function SaveStatus({
  state,
  restored,
  refused,
}: {
  state: SaveState;
  /** A copy from this device was put back on opening. */
  restored: boolean;
  /** How many fields are held back because the rules refuse them as typed. */
  refused: number;
}) {
  const { t, i18n } = useTranslation();
  const text = (() => {
    switch (state.kind) {
      case 'idle':
        return t('referral.save.idle');
      case 'pending':
      case 'saving':
        return t('referral.save.saving');
      case 'saved':
        return t('referral.save.savedAt', {
          time: state.at.toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'nl-BE', {
            hour: '2-digit',
            minute: '2-digit',
            timeZone: 'Europe/Brussels',
          }),
        });
      case 'retrying':
        if (state.code === 'network') return t('referral.save.offline');
        if (SESSION_CODES.has(state.code)) return t('referral.save.session');
        return t('referral.save.retrying');
      case 'stopped':
        return t('referral.save.stopped');
    }
  })();
  return (
    <div className="save-status">
      {restored ? <p className="notice">{t('referral.save.kept')}</p> : null}
      <p role="status" className={`save-state save-${state.kind}`}>
        {text}
        {refused > 0 ? ` ${t('referral.save.heldBack', { count: refused })}` : ''}
      </p>
      {state.kind === 'stopped' ? <ErrorMessage error={state.error} /> : null}
    </div>
  );
}
