/**
 * The family portal as an installable app: its service worker keeps the page and the last plan
 * read, so the plan opens without a network (on a home visit, with no data left). Signing out
 * empties what it kept of the family, so a shared phone holds nothing of them.
 */
import { registerSW } from 'virtual:pwa-register';

let registered = false;

export function keepPortalOffline(): void {
  if (registered || !('serviceWorker' in navigator)) return;
  registered = true;
  void registerSW({ immediate: true });
}
