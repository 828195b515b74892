/** A notice as the API sends it, and the event that tells the header its count changed. */
export type { NotificationView as Notice } from '@omringd/core/api';

/** Sent when a notice is marked read, so the count in the header follows. */
export const NOTICES_CHANGED = 'omringd:notices-changed';
