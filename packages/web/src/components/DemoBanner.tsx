/** On every page of the demo: everything here is invented, and how to try it as someone. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDemo } from '../session/demo.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  const demo = useDemo();
  if (demo === null) return null;
  return (
    <aside className="demo-banner" aria-label={t('demo.bannerLabel')}>
      <div className="wrap">
        <strong>{t('demo.banner')}</strong> {t('demo.bannerText')}{' '}
        <Link to="/aanmelden">{t('demo.tryAs')}</Link>
      </div>
    </aside>
  );
}
