/**
 * A save in one part of the case file tells the page, so the parts that show what happened (the
 * timeline) read again instead of showing a stale list.
 */
import { useEffect } from 'react';

const EVENT = 'omringd:case-changed';

export function announceCaseChanged(caseId: string): void {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: caseId }));
}

export function useCaseChanged(caseId: string, onChange: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<string>).detail === caseId) onChange();
    };
    window.addEventListener(EVENT, listener);
    return () => {
      window.removeEventListener(EVENT, listener);
    };
  }, [caseId, onChange]);
}
