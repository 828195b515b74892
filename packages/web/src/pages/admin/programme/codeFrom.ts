/** A stable code for a new item, from its Dutch label: "Besproken met het gezin" → "besproken-met-het-gezin". */
export function codeFrom(label: string, taken: string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'nieuw';
  const padded = base.length < 2 ? `${base}-1` : base;
  let code = padded;
  for (let n = 2; taken.includes(code); n++) code = `${padded}-${String(n)}`;
  return code;
}
