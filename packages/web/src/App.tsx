import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { setLanguage } from './i18n.ts';
import { SearchPage } from './pages/SearchPage.tsx';
import { ServicePage } from './pages/ServicePage.tsx';
import { AccountMenu } from './components/AccountMenu.tsx';
import { DemoBanner } from './components/DemoBanner.tsx';
import { Wordmark } from './components/Wordmark.tsx';
import { RequireSignIn } from './session/RequireSignIn.tsx';
import { StartPage } from './session/StartPage.tsx';

/**
 * Pages beyond the public search load when first opened: a phone on a home visit fetches the
 * search first, and the forms only when someone signs in and uses them.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const SignInPage = lazyPage(() => import('./pages/account/SignInPage.tsx'), 'SignInPage');
const InvitationPage = lazyPage(
  () => import('./pages/account/InvitationPage.tsx'),
  'InvitationPage',
);
const ProfilePage = lazyPage(() => import('./pages/account/ProfilePage.tsx'), 'ProfilePage');
const AdminPage = lazyPage(() => import('./pages/admin/AdminPage.tsx'), 'AdminPage');
const ManageServicesPage = lazyPage(
  () => import('./pages/admin/ManageServicesPage.tsx'),
  'ManageServicesPage',
);
const EditServicePage = lazyPage(
  () => import('./pages/admin/EditServicePage.tsx'),
  'EditServicePage',
);
const NewServicePage = lazyPage(() => import('./pages/admin/NewServicePage.tsx'), 'NewServicePage');
const NewReferralPage = lazyPage(
  () => import('./pages/referrals/NewReferralPage.tsx'),
  'NewReferralPage',
);
const ReferralFormPage = lazyPage(
  () => import('./pages/referrals/ReferralFormPage.tsx'),
  'ReferralFormPage',
);
const MyReferralsPage = lazyPage(
  () => import('./pages/referrals/MyReferralsPage.tsx'),
  'MyReferralsPage',
);
const InboxPage = lazyPage(() => import('./pages/referrals/InboxPage.tsx'), 'InboxPage');
const ProgrammesPage = lazyPage(() => import('./pages/admin/ProgrammesPage.tsx'), 'ProgrammesPage');
const RosterEditorPage = lazyPage(
  () => import('./pages/admin/RosterEditorPage.tsx'),
  'RosterEditorPage',
);
const ProgrammeEditorPage = lazyPage(
  () => import('./pages/admin/programme/ProgrammeEditorPage.tsx'),
  'ProgrammeEditorPage',
);
const ReferralPage = lazyPage(() => import('./pages/referrals/ReferralPage.tsx'), 'ReferralPage');
const NotificationsPage = lazyPage(
  () => import('./pages/NotificationsPage.tsx'),
  'NotificationsPage',
);
const CasesPage = lazyPage(() => import('./pages/cases/CasesPage.tsx'), 'CasesPage');
const CasePage = lazyPage(() => import('./pages/cases/CasePage.tsx'), 'CasePage');
const CarePlanPage = lazyPage(() => import('./pages/cases/plan/CarePlanPage.tsx'), 'CarePlanPage');
const BudgetPage = lazyPage(() => import('./pages/cases/budget/BudgetPage.tsx'), 'BudgetPage');
const BudgetAdminPage = lazyPage(
  () => import('./pages/budget/BudgetAdminPage.tsx'),
  'BudgetAdminPage',
);
const SignalReportPage = lazyPage(
  () => import('./pages/signals/SignalReportPage.tsx'),
  'SignalReportPage',
);
const TasksPage = lazyPage(() => import('./pages/TasksPage.tsx'), 'TasksPage');
const OurPlanPage = lazyPage(() => import('./pages/portal/OurPlanPage.tsx'), 'OurPlanPage');
const SupportPage = lazyPage(() => import('./pages/portal/SupportPage.tsx'), 'SupportPage');
const PhoneReferralPage = lazyPage(
  () => import('./pages/referrals/PhoneReferralPage.tsx'),
  'PhoneReferralPage',
);

export function App() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <DemoBanner />
      <header className="site-header">
        <div className="wrap header-row">
          <Link to="/" className="brand">
            <Wordmark name={t('app.name')} />
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
        <Suspense fallback={<p role="status">{t('account.loading')}</p>}>
          <Routes>
            <Route path="/" element={<StartPage />} />
            <Route
              path="/ons-gezin"
              element={
                <RequireSignIn right="family.own">
                  <OurPlanPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/steun"
              element={
                <RequireSignIn right="family.support">
                  <SupportPage />
                </RequireSignIn>
              }
            />
            <Route path="/diensten/:id" element={<ServicePage />} />
            <Route path="/aanmelden" element={<SignInPage />} />
            <Route path="/uitnodiging/:token" element={<InvitationPage />} />
            <Route
              path="/mijn-gegevens"
              element={
                <RequireSignIn>
                  <ProfilePage />
                </RequireSignIn>
              }
            />
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
              path="/aanmeldingen/nieuw/programma/:key"
              element={
                <RequireSignIn right="referral.create">
                  <ReferralFormPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/aanmeldingen/nieuw/dienst/:serviceId"
              element={
                <RequireSignIn right="referral.create">
                  <ReferralFormPage />
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
              path="/dossiers"
              element={
                <RequireSignIn right="case.participate">
                  <CasesPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/dossiers/:id"
              element={
                <RequireSignIn right="case.participate">
                  <CasePage />
                </RequireSignIn>
              }
            />
            <Route
              path="/dossiers/:id/plan"
              element={
                <RequireSignIn right="case.participate">
                  <CarePlanPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/dossiers/:id/budget"
              element={
                <RequireSignIn right="case.participate">
                  <BudgetPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/budgetten"
              element={
                <RequireSignIn right="budget.manage">
                  <BudgetAdminPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/signalen"
              element={
                <RequireSignIn right="aggregate.read">
                  <SignalReportPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/taken"
              element={
                <RequireSignIn right="case.participate">
                  <TasksPage />
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
        </Suspense>
      </main>
      <footer className="site-footer wrap">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
