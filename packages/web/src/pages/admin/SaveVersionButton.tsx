/** Saves a programme as a new version; the page shows what came back (the version, or what to fix). */
import { sendJson, type ApiError } from '../../api.ts';

type Props<P extends { key: string; version: number }> = {
  programme: P;
  label: string;
  onSaved: (saved: P) => void;
  onError: (error: ApiError) => void;
};

export function SaveVersionButton<P extends { key: string; version: number }>({
  programme,
  label,
  onSaved,
  onError,
}: Props<P>) {
  return (
    <button
      type="button"
      className="primary"
      onClick={() => {
        void sendJson<P>('PUT', `/api/v1/programmes/${programme.key}`, programme).then((r) => {
          if (r.ok) onSaved(r.value);
          else onError(r.error);
        });
      }}
    >
      {label}
    </button>
  );
}
