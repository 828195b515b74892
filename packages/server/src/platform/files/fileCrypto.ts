/**
 * Files are encrypted at rest with AES-256-GCM (Node's crypto): a fresh 96-bit IV per file and
 * the authentication tag stored beside it, so a changed byte is noticed on reading.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Sealed = { iv: Buffer; authTag: Buffer; ciphertext: Buffer };

export function seal(key: Buffer, plaintext: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, authTag: cipher.getAuthTag(), ciphertext };
}

export function open(key: Buffer, sealed: Sealed): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAuthTag(sealed.authTag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

/** A key from OMRINGD_FILE_KEY (base64, 32 bytes), or for the embedded database one kept beside its data. */
export async function loadFileKey(
  configured: string | undefined,
  dataDir: string | null,
): Promise<Buffer> {
  if (configured !== undefined) {
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32)
      throw new Error(
        'OMRINGD_FILE_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`).',
      );
    return key;
  }
  if (dataDir === null)
    throw new Error(
      'With DATABASE_URL, set OMRINGD_FILE_KEY (32 bytes in base64, e.g. `openssl rand -base64 32`) to encrypt attachments.',
    );
  const file = join(dataDir, 'file-key');
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch {
    const key = randomBytes(32);
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, key.toString('base64'), { mode: 0o600 });
    await chmod(file, 0o600);
    return key;
  }
}
