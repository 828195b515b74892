import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { languageReady } from './i18n.ts';
import './styles/tokens.css';
import './styles/buttons.css';
import './styles/caseFile.css';
import './styles/carePlan.css';
import './styles/budget.css';
import './styles/portal.css';
import './index.css';
import { App } from './App.tsx';
import { SessionProvider } from './session/SessionProvider.tsx';

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
// The chosen language's texts first: a page in English or Arabic never flashes Dutch.
void languageReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <SessionProvider>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </StrictMode>,
  );
});
