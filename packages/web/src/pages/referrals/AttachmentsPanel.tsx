/** Files with the referral (a report, a letter): chosen here, checked on type and size, kept encrypted. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson, sendFile, type ApiError } from '../../api.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

type Attachment = { id: string; fileName: string; contentType: string; sizeBytes: number };

const ACCEPTED = '.pdf,.jpg,.jpeg,.png,.docx,.txt';
const MAX_BYTES = 10 * 1024 * 1024;

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${String(Math.ceil(bytes / 1024))} kB`
    : `${(bytes / 1048576).toFixed(1)} MB`;

export function AttachmentsPanel({ referralId, canAdd }: { referralId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [files, setFiles] = useState<Attachment[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void getJson<Attachment[]>(`/api/v1/referrals/${referralId}/attachments`).then((r) => {
      if (r.ok) setFiles(r.value);
      else setError(r.error);
    });
  }, [referralId]);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setError({ code: 'too_large', message: t('attachments.tooLarge', { name: file.name }) });
      return;
    }
    setBusy(true);
    setError(null);
    const r = await sendFile<Attachment>(`/api/v1/referrals/${referralId}/attachments`, file);
    setBusy(false);
    if (r.ok) setFiles((list) => [...list, r.value]);
    else if (r.error.code === 'unsupported_media_type' || r.error.code === 'invalid_input')
      setError({
        ...r.error,
        code: 'attachment',
        message: t('attachments.badType', { name: file.name }),
      });
    else if (r.error.code === 'too_large')
      setError({
        ...r.error,
        code: 'attachment',
        message: t('attachments.tooLarge', { name: file.name }),
      });
    else setError(r.error);
  };

  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('attachments.title')}</h2>
      {files.length === 0 ? (
        <p>{t('attachments.none')}</p>
      ) : (
        <ul className="plain">
          {files.map((f) => (
            <li key={f.id}>
              <a href={`/api/v1/referrals/${referralId}/attachments/${f.id}`} download={f.fileName}>
                {f.fileName}
              </a>{' '}
              <span className="hint">({size(f.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      )}
      {canAdd ? (
        <div className="field">
          <label htmlFor={inputId}>{t('attachments.add')}</label>
          <p className="hint" id={`${inputId}-hint`}>
            {t('attachments.hint')}
          </p>
          <input
            id={inputId}
            type="file"
            accept={ACCEPTED}
            aria-describedby={`${inputId}-hint`}
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file !== undefined) void upload(file);
            }}
          />
          {busy ? <p role="status">{t('attachments.uploading')}</p> : null}
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </section>
  );
}
