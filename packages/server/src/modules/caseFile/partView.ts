/** A part of the case file as the routes answer it: the content (checked anew) with its version. */
import type { Part } from './parts.ts';
import type { PartRow } from './queries/parts.ts';

export type PartView<T> = {
  version: number;
  content: T;
  updatedAt: string | null;
  updatedBy: string | null;
};

export function partView<T>(part: Part<T>, row: PartRow | undefined): PartView<T> {
  if (row === undefined)
    return { version: 0, content: part.empty, updatedAt: null, updatedBy: null };
  return {
    version: row.version,
    // Parsed again, so content saved before a field was added gets the field's default.
    content: part.schema.parse(row.content),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
