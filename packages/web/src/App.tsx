import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { setLanguage } from './i18n.ts';
import { SearchPage } from './pages/SearchPage.tsx';
import { ServicePage } from './pages/ServicePage.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link to="/" className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          <button
            type="button"
            className="language-switch"
            lang={other === 'en' ? 'en' : 'nl-BE'}
            aria-label={t('app.switchToLabel')}
            onClick={() => {
              setLanguage(other);
            }}
          >
            {t('app.switchTo')}
          </button>
        </div>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<SearchPage />} />
          <Route path="/diensten/:id" element={<ServicePage />} />
          <Route path="*" element={<SearchPage />} />
        </Routes>
      </main>
      <footer className="site-footer wrap">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
