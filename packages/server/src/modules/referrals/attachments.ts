/**
 * Files with a referral (a report, a letter): only the types and sizes a professional needs,
 * checked against what the bytes are (not what the sender says), with a clean file name, sealed
 * with AES-256-GCM before they reach the database, and every download audited as an export.
 */
import type { AttachmentView } from '@omringd/core';
import { fileTypeFromBuffer } from 'file-type';
import { open as openSealed, seal } from '../../platform/files/fileCrypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext } from '../../kernel/accessContext.ts';
import { withReferral } from '../../kernel/guards/referralGuard.ts';
import { attachmentOf, attachmentsOf, insertAttachment } from './queries.ts';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const attachmentTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'text/plain': 'text',
};

const asText = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are what the declared type says (text: valid UTF-8 without binary). */
export async function bytesMatch(contentType: string, bytes: Buffer): Promise<boolean> {
  const detected = await fileTypeFromBuffer(bytes);
  if (contentType === 'text/plain') {
    if (detected !== undefined || bytes.includes(0)) return false;
    try {
      asText.decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  return detected?.mime === contentType;
}

/**
 * Bidirectional controls (e.g. U+202E, which shows "gpj.exe" as "exe.jpg"), other invisible
 * format characters, path separators and control characters never reach a stored name.
 */
const UNSAFE_IN_NAME = /[\p{Cc}\p{Cf}/\\]/gu;

export function safeFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(UNSAFE_IN_NAME, '_').trim().slice(0, 200);
  return cleaned.replace(/^[._]+$/, '') || 'bijlage';
}

/** A file with the referral, encrypted before it is stored; the referrer adds them while writing. */
export async function addAttachment(
  ctx: AccessContext,
  id: string,
  file: { fileName: string; contentType: string; bytes: unknown },
  key: Buffer,
): Promise<AttachmentView> {
  // Who may add comes first: for anyone else the referral does not exist.
  return withReferral(
    ctx,
    { referralId: id, action: 'edit_draft', audit: 'create', purpose: 'care' },
    async (r) => {
      const kinds = Object.values(attachmentTypes).join(', ');
      if (!(file.contentType in attachmentTypes) || !Buffer.isBuffer(file.bytes))
        throw new AppError(
          'invalid_input',
          `This kind of file cannot be attached. Send the file itself as the body, as ${kinds}.`,
          'file',
        );
      const bytes = file.bytes;
      if (bytes.length === 0) throw new AppError('invalid_input', 'The file is empty.', 'file');
      if (!(await bytesMatch(file.contentType, bytes)))
        throw new AppError(
          'invalid_input',
          `This file is not the ${attachmentTypes[file.contentType] ?? 'kind'} file it says it is. Attach the file itself, as ${kinds}.`,
          'file',
        );
      const name = safeFileName(file.fileName);
      const attachmentId = await insertAttachment(r.tx, {
        referralId: id,
        fileName: name,
        contentType: file.contentType,
        sizeBytes: bytes.length,
        ...seal(key, bytes),
        uploadedBy: r.principal.userId,
        uploadedAt: r.now,
      });
      r.about({ subjectType: 'attachment', subjectId: attachmentId });
      r.note({
        referralId: id,
        sizeBytes: bytes.length,
        contentType: file.contentType,
      });
      return {
        id: attachmentId,
        fileName: name,
        contentType: file.contentType,
        sizeBytes: bytes.length,
        uploadedAt: r.now.toISOString(),
      };
    },
  );
}

export async function listAttachments(ctx: AccessContext, id: string): Promise<AttachmentView[]> {
  return withReferral(
    ctx,
    { referralId: id, action: 'read', audit: 'read', purpose: 'care' },
    async (r) => {
      const rows = await attachmentsOf(r.tx, id);
      r.note({ attachments: rows.length });
      return rows.map((row) => ({ ...row, uploadedAt: row.uploadedAt.toISOString() }));
    },
  );
}

/** A download is an export of data: audited as such, for whoever may read the referral. */
export async function downloadAttachment(
  ctx: AccessContext,
  id: string,
  attachmentId: string,
  key: Buffer,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  return withReferral(
    ctx,
    { referralId: id, action: 'read', audit: 'export', purpose: 'care' },
    async (r) => {
      r.about({ subjectType: 'attachment', subjectId: attachmentId });
      r.note({ referralId: id });
      const file = await attachmentOf(r.tx, id, attachmentId);
      if (file === undefined)
        return r.deny(
          'not_found',
          new AppError('not_found', 'This referral has no such file. Reload the list of files.'),
        );
      const bytes = openSealed(key, {
        iv: file.iv,
        authTag: file.authTag,
        ciphertext: file.ciphertext,
      });
      r.note({ fileName: file.fileName });
      return { fileName: file.fileName, contentType: file.contentType, bytes };
    },
  );
}
