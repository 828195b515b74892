/**
 * Complementary suppression against an attacker who knows every visible number and every rule of
 * addition: for each hidden number, the test asks whether some sum and difference of the visible
 * numbers equals it (linear algebra over the table's equations). None may be recoverable, none
 * under the threshold may show, and what need not be hidden shows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, type SuppressedTable } from '../src/index.ts';

const P = 1_000_003;
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [r0, r1, s0, s1] = [mod(a), P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

/** The rank of a matrix over GF(P): exact for these incidence matrices (totally unimodular). */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => row.map(mod));
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && row[c] !== 0);
    if (pivot === -1) continue;
    [m[r], m[pivot]] = [m[pivot] ?? [], m[r] ?? []];
    const lead = m[r] ?? [];
    const inv = inverse(lead[c] ?? 1);
    for (let i = 0; i < m.length; i++) {
      const row = m[i] ?? [];
      if (i === r || row[c] === 0) continue;
      const f = mod((row[c] ?? 0) * inv);
      for (let k = c; k < width; k++) row[k] = mod((row[k] ?? 0) - f * (lead[k] ?? 0));
    }
    r++;
  }
  return r;
}

/** The hidden numbers (as grid positions) that the visible ones and the sums give away. */
function recoverable(table: SuppressedTable): string[] {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  // The grid with totals; each row and column of it is one equation: cells − total = 0.
  const grid: (number | null)[][] = [
    ...table.cells.map((line, r) => [...line, table.rowTotals[r] ?? null]),
    [...table.columnTotals, table.total],
  ];
  const hidden: [number, number][] = [];
  grid.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v === null) hidden.push([r, c]);
    });
  });
  if (hidden.length === 0) return [];
  const sign = (r: number, c: number) => ((r === rows) !== (c === columns) ? -1 : 1);
  const equations: number[][] = [];
  for (let r = 0; r <= rows; r++)
    equations.push(hidden.map(([hr, hc]) => (hr === r ? sign(hr, hc) : 0)));
  for (let c = 0; c <= columns; c++)
    equations.push(hidden.map(([hr, hc]) => (hc === c ? sign(hr, hc) : 0)));
  const base = rank(equations);
  return hidden
    .filter((_, k) => rank([...equations, hidden.map((__, j) => (j === k ? 1 : 0))]) === base)
    .map(([r, c]) => `${String(r)},${String(c)}`);
}

const visibleNumbers = (t: SuppressedTable) =>
  [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter(
    (v): v is number => v !== null,
  );

describe('complementary suppression', () => {
  it('is tested by an attacker who does find a count hidden alone', () => {
    // Only the small count hidden: row total 23 minus 12 and 8 gives the 3 back.
    const naive: SuppressedTable = {
      cells: [
        [null, 12, 8],
        [9, 15, 20],
      ],
      rowTotals: [23, 44],
      columnTotals: [12, 27, 28],
      total: 67,
      primary: 1,
      secondary: 0,
    };
    expect(recoverable(naive)).toEqual(['0,0']);
    // Two hidden in a row and in no column with another: still both recoverable from the columns.
    expect(
      recoverable({
        ...naive,
        cells: [
          [null, null, 8],
          [9, 15, 20],
        ],
      }).sort(),
    ).toEqual(['0,0', '0,1']);
  });

  it('hides a small count and the one that would give it away by subtraction', () => {
    const table = suppressTable([
      [3, 12, 8],
      [9, 15, 20],
    ]);
    expect(table.cells[0]?.[0]).toBeNull();
    // Row total 23 and the visible 12 would leave 3 + 8: the 8 alone would still give the 3 away.
    expect(recoverable(table)).toEqual([]);
    expect(table.secondary).toBeGreaterThan(0);
    expect(table.total).toBe(67);
  });

  it('leaves a table without small counts as it is', () => {
    const table = suppressTable([
      [5, 7],
      [0, 9],
    ]);
    expect(table.cells).toEqual([
      [5, 7],
      [0, 9],
    ]);
    expect(table.secondary).toBe(0);
  });

  it('hides a small total too, and protects it', () => {
    const table = suppressTable([[2, 1, 0]]);
    expect(visibleNumbers(table).every((v) => v === 0 || v >= 5)).toBe(true);
    expect(recoverable(table)).toEqual([]);
  });

  it('never shows a count under 5, and never lets a hidden one be worked out', () => {
    const count = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) },
      { weight: 2, arbitrary: fc.integer({ min: 5, max: 40 }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) =>
          fc.integer({ min: 1, max: 5 }).chain((columns) =>
            fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
              minLength: rows,
              maxLength: rows,
            }),
          ),
        ),
        (counts) => {
          const table = suppressTable(counts);
          expect(visibleNumbers(table).every((v) => v === 0 || v >= 5)).toBe(true);
          expect(recoverable(table)).toEqual([]);
          // What is shown is the true count.
          table.cells.forEach((line, r) => {
            line.forEach((v, c) => {
              if (v !== null) expect(v).toBe(counts[r]?.[c]);
            });
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
