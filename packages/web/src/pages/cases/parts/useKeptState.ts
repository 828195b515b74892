/**
 * State that this device keeps as it changes (localStorage), so what was typed in a form comes
 * back after a closed tab or a lost connection. `forget` clears it once the server has it.
 */
import { useCallback, useState } from 'react';

export function useKeptState<T>(key: string, initial: () => T) {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      return raw === null ? initial() : (JSON.parse(raw) as T);
    } catch {
      return initial();
    }
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // No storage (private mode, full): the form still works, without a kept copy.
      }
    },
    [key],
  );
  const forget = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing kept, nothing to remove.
      }
    },
    [key],
  );
  return [value, set, forget] as const;
}
