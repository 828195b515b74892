import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // An installable app for the family portal, whose plan stays readable without a network. The
    // portal registers it (src/pages/portal/offline.ts): someone who only searches the social map
    // downloads nothing extra.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Omringd — ons gezin',
        short_name: 'Omringd',
        description: 'Jullie gezinsplan: lezen, zelf schrijven, en zien wie meekijkt.',
        lang: 'nl-BE',
        start_url: '/ons-gezin',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5d4b',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // The page's shell up front; the scripts a page used are kept as they are fetched (their
        // names carry their content's hash), so the portal opened once opens again offline.
        globPatterns: ['index.html', '*.{svg,png}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/hsds/, /^\/fhir/, /^\/health/, /^\/metrics/],
        maximumFileSizeToCacheInBytes: 3_000_000,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: {
              cacheName: 'omringd-assets',
              expiration: { maxEntries: 120, maxAgeSeconds: 30 * 24 * 3600 },
            },
          },
          {
            // Who is signed in, our families and our plan: from the network, the last answer
            // when it is away. The cache is emptied at sign-out (AccountMenu), so a shared phone
            // keeps nothing of the family.
            urlPattern: ({ url, request }) =>
              request.method === 'GET' &&
              (url.pathname === '/api/v1/auth/session' ||
                url.pathname === '/api/v1/portal/families' ||
                /^\/api\/v1\/portal\/cases\/[^/]+\/plan$/.test(url.pathname)),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'omringd-portal',
              networkTimeoutSeconds: 6,
              expiration: { maxEntries: 10, maxAgeSeconds: 14 * 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  // The manifest lets bench/portalWeight.ts follow what a page loads first.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/hsds': 'http://localhost:3000' } },
});
