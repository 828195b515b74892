/**
 * A wide table that scrolls sideways on a phone. The scrolling area takes the keyboard focus,
 * so someone without a mouse can scroll it too (WCAG 2.1.1), and it is named for screen readers.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling area must be reachable by keyboard
    <div className="table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
