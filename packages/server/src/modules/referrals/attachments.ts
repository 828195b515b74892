/**
 * Files with a referral (a report, a letter): only the types and sizes a professional needs,
 * sealed with AES-256-GCM before they reach the database, and every download audited.
 */
import { and, asc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { referralAttachments } from '../../kernel/tables/caseSchema.ts';
import { open as openSealed, seal } from '../../platform/files/fileCrypto.ts';
import { AppError } from '../../platform/errors.ts';
import type { AccessContext, Scope } from '../../kernel/accessContext.ts';
import type { Principal } from '../../kernel/principal.ts';
import { authorized, withReferral } from '../../kernel/guards/referralGuard.ts';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const attachmentTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'text/plain': 'text',
};

export type AttachmentInfo = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
};

/** A file with the referral, encrypted before it is stored; the referrer adds them while writing. */
export async function addAttachment(
  ctx: AccessContext,
  id: string,
  file: { fileName: string; contentType: string; bytes: unknown },
  key: Buffer,
): Promise<AttachmentInfo> {
  return withReferral(ctx, 'care', async (scope, principal) => {
    // Who may add comes first: for anyone else the referral does not exist.
    const { as } = await authorized(scope, principal, id, 'edit_draft', 'update');
    if (!(file.contentType in attachmentTypes) || !Buffer.isBuffer(file.bytes))
      throw new AppError(
        'invalid_input',
        `This kind of file cannot be attached. Send the file itself as the body, as ${Object.values(attachmentTypes).join(', ')}.`,
        'file',
      );
    const bytes = file.bytes;
    if (bytes.length === 0) throw new AppError('invalid_input', 'The file is empty.', 'file');
    const sealed = seal(key, bytes);
    const attachmentId = randomUUID();
    const name = safeFileName(file.fileName);
    await scope.tx.insert(referralAttachments).values({
      id: attachmentId,
      referralId: id,
      fileName: name,
      contentType: file.contentType,
      sizeBytes: bytes.length,
      ...sealed,
      uploadedBy: principal.userId,
      uploadedAt: scope.now,
    });
    await scope.audit(
      {
        action: 'create',
        outcome: 'success',
        subjectType: 'attachment',
        subjectId: attachmentId,
        details: { referralId: id, sizeBytes: bytes.length, contentType: file.contentType },
      },
      as,
    );
    return {
      id: attachmentId,
      fileName: name,
      contentType: file.contentType,
      sizeBytes: bytes.length,
      uploadedAt: scope.now.toISOString(),
    };
  });
}

export async function listAttachments(ctx: AccessContext, id: string): Promise<AttachmentInfo[]> {
  return withReferral(ctx, 'care', async (scope, principal) => {
    const { as } = await authorized(scope, principal, id, 'read', 'read');
    const rows = await scope.tx
      .select({
        id: referralAttachments.id,
        fileName: referralAttachments.fileName,
        contentType: referralAttachments.contentType,
        sizeBytes: referralAttachments.sizeBytes,
        uploadedAt: referralAttachments.uploadedAt,
      })
      .from(referralAttachments)
      .where(eq(referralAttachments.referralId, id))
      .orderBy(asc(referralAttachments.uploadedAt));
    await scope.audit(
      {
        action: 'read',
        outcome: 'success',
        subjectType: 'attachment',
        details: { referralId: id, count: rows.length },
      },
      as,
    );
    return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
  });
}

/** A download is an export of data: audited as such, for whoever may read the referral. */
export async function downloadAttachment(
  ctx: AccessContext,
  id: string,
  attachmentId: string,
  key: Buffer,
): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  return withReferral(ctx, 'care', async (scope: Scope, principal: Principal) => {
    const { row, as } = await authorized(scope, principal, id, 'read', 'read');
    const [file] = await scope.tx
      .select()
      .from(referralAttachments)
      .where(and(eq(referralAttachments.id, attachmentId), eq(referralAttachments.referralId, id)));
    if (file === undefined)
      scope.deny(
        {
          action: 'export',
          subjectType: 'attachment',
          subjectId: attachmentId,
          caseId: row.caseId,
          details: { reason: 'not_found' },
        },
        as,
      );
    const bytes = openSealed(key, {
      iv: file.iv,
      authTag: file.authTag,
      ciphertext: file.ciphertext,
    });
    await scope.audit(
      {
        action: 'export',
        outcome: 'success',
        subjectType: 'attachment',
        subjectId: attachmentId,
        caseId: row.caseId,
        details: { referralId: id, fileName: file.fileName },
      },
      as,
    );
    return { fileName: file.fileName, contentType: file.contentType, bytes };
  });
}

/** A file name fit to store and to send back in a header: no path separators or control characters. */
function safeFileName(name: string): string {
  const cleaned = Array.from(name, (char) =>
    char === '/' || char === '\\' || char.charCodeAt(0) < 0x20 ? '_' : char,
  )
    .join('')
    .slice(0, 200);
  return cleaned || 'bijlage';
}
