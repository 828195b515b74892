/**
 * At sign-out, what the family portal kept on this device for offline reading is removed (the
 * service worker's cache of the portal's answers; its name is set in vite.config.ts).
 */
export const PORTAL_CACHE = 'omringd-portal';

export async function forgetOfflineCopies(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(PORTAL_CACHE);
}
