import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { setLanguage } from './i18n.ts';
import { SearchPage } from './pages/SearchPage.tsx';
import { ServicePage } from './pages/ServicePage.tsx';
import { SignInPage } from './pages/account/SignInPage.tsx';
import { InvitationPage } from './pages/account/InvitationPage.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { ManageServicesPage } from './pages/admin/ManageServicesPage.tsx';
import { EditServicePage } from './pages/admin/EditServicePage.tsx';
import { NewServicePage } from './pages/admin/NewServicePage.tsx';
import { AccountMenu } from './components/AccountMenu.tsx';
import { RequireSignIn } from './session/RequireSignIn.tsx';
import { NewReferralPage } from './pages/referrals/NewReferralPage.tsx';
import { ReferralFormPage } from './pages/referrals/ReferralFormPage.tsx';
import { MyReferralsPage } from './pages/referrals/MyReferralsPage.tsx';
import { InboxPage } from './pages/referrals/InboxPage.tsx';
import { ProgrammesPage } from './pages/admin/ProgrammesPage.tsx';
import { RosterEditorPage } from './pages/admin/RosterEditorPage.tsx';
import { ProgrammeEditorPage } from './pages/admin/programme/ProgrammeEditorPage.tsx';
import { ReferralPage } from './pages/referrals/ReferralPage.tsx';
import { NotificationsPage } from './pages/NotificationsPage.tsx';
import { PhoneReferralPage } from './pages/referrals/PhoneReferralPage.tsx';

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
          <AccountMenu />
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
          <Route path="/aanmelden" element={<SignInPage />} />
          <Route path="/uitnodiging/:token" element={<InvitationPage />} />
          <Route
            path="/meldingen"
            element={
              <RequireSignIn>
                <NotificationsPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer"
            element={
              <RequireSignIn right="admin.accounts">
                <AdminPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer/diensten"
            element={
              <RequireSignIn right="directory.manage">
                <ManageServicesPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer/diensten/nieuw"
            element={
              <RequireSignIn right="directory.manage">
                <NewServicePage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer/diensten/:id"
            element={
              <RequireSignIn right="directory.manage">
                <EditServicePage />
              </RequireSignIn>
            }
          />
          <Route
            path="/aanmeldingen"
            element={
              <RequireSignIn>
                <MyReferralsPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/aanmeldingen/nieuw"
            element={
              <RequireSignIn right="referral.create">
                <NewReferralPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/aanmeldingen/:id/bewerken"
            element={
              <RequireSignIn>
                <ReferralFormPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/aanmeldingen/:id"
            element={
              <RequireSignIn>
                <ReferralPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/intake"
            element={
              <RequireSignIn right="intake.read">
                <InboxPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/intake/telefonisch"
            element={
              <RequireSignIn right="intake.read">
                <PhoneReferralPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer/programmas"
            element={
              <RequireSignIn right="directory.manage">
                <ProgrammesPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer/programmas/:key"
            element={
              <RequireSignIn right="directory.manage">
                <RosterEditorPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/beheer/programmas/:key/regels"
            element={
              <RequireSignIn right="directory.manage">
                <ProgrammeEditorPage />
              </RequireSignIn>
            }
          />
          <Route path="*" element={<SearchPage />} />
        </Routes>
      </main>
      <footer className="site-footer wrap">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
