/**
 * Small counts in a published table are hidden, and so are the counts that would let a hidden
 * one be worked back from the totals (complementary suppression).
 *
 * With its totals, a table of R rows and C columns is a grid of (R+1)×(C+1) numbers whose every
 * row and every column adds up to zero (write the totals negated). The hidden numbers are then
 * edges of a graph between rows and columns, and a hidden number can be recomputed by adding and
 * subtracting visible ones exactly when its edge lies on no cycle of that graph (it is a bridge).
 * So: hide every count from 1 to threshold−1 (cells and totals), then, while some hidden edge is a
 * bridge, hide the cheapest rectangle of numbers that closes a cycle through it.
 */

export type SuppressedTable = {
  /** Null where hidden. */
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
  /** How many numbers were hidden because they were small, and how many to protect those. */
  primary: number;
  secondary: number;
};

type Grid = { values: number[][]; hidden: boolean[][] };

/** The grid with the totals in the last row and column. */
function withTotals(counts: readonly (readonly number[])[], columns: number): number[][] {
  const rows = counts.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const columnTotals = Array.from({ length: columns + 1 }, (_, j) =>
    rows.reduce((sum, r) => sum + (r[j] ?? 0), 0),
  );
  return [...rows, columnTotals];
}

/** Every hidden edge (row r, column c) that is a bridge of the row–column graph of hidden cells. */
function bridges(grid: Grid): [number, number][] {
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 0;
  // Nodes: rows 0..rows-1, columns rows..rows+columns-1. Edges: hidden cells.
  const adjacency: { to: number; edge: number }[][] = Array.from(
    { length: rows + columns },
    () => [],
  );
  const edges: [number, number][] = [];
  grid.hidden.forEach((line, r) => {
    line.forEach((h, c) => {
      if (!h) return;
      const edge = edges.length;
      edges.push([r, c]);
      adjacency[r]?.push({ to: rows + c, edge });
      adjacency[rows + c]?.push({ to: r, edge });
    });
  });
  // Tarjan's bridge finding, iteratively (tables are small, but recursion depth is not ours to pick).
  const order = new Array<number>(rows + columns).fill(-1);
  const low = new Array<number>(rows + columns).fill(0);
  const found: [number, number][] = [];
  let counter = 0;
  for (let start = 0; start < rows + columns; start++) {
    if (order[start] !== -1) continue;
    const stack: { node: number; viaEdge: number; next: number }[] = [
      { node: start, viaEdge: -1, next: 0 },
    ];
    order[start] = low[start] = counter++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top === undefined) break;
      const neighbours = adjacency[top.node] ?? [];
      if (top.next < neighbours.length) {
        const { to, edge } = neighbours[top.next] ?? { to: -1, edge: -1 };
        top.next++;
        if (edge === top.viaEdge) continue;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ node: to, viaEdge: edge, next: 0 });
        } else low[top.node] = Math.min(low[top.node] ?? 0, order[to] ?? 0);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent === undefined) continue;
        low[parent.node] = Math.min(low[parent.node] ?? 0, low[top.node] ?? 0);
        if ((low[top.node] ?? 0) > (order[parent.node] ?? 0)) {
          const e = edges[top.viaEdge];
          if (e !== undefined) found.push(e);
        }
      }
    }
  }
  return found;
}

/**
 * The cheapest rectangle through the bridge (r, c): a row i and a column j whose cells (r, j),
 * (i, j) and (i, c), hidden with it, close the cycle r–c–i–j. Cheapest: the least of the
 * families' counts newly hidden, then the fewest numbers newly hidden (a zero hides no family,
 * but still closes the cycle).
 */
function rectangleFor(grid: Grid, [r, c]: [number, number]): [number, number][] {
  let best: [number, number][] = [];
  let bestCost = Infinity;
  const rows = grid.values.length;
  const columns = grid.values[0]?.length ?? 0;
  for (let i = 0; i < rows; i++) {
    if (i === r) continue;
    for (let j = 0; j < columns; j++) {
      if (j === c) continue;
      const corners: [number, number][] = [
        [r, j],
        [i, j],
        [i, c],
      ];
      const fresh = corners.filter(([a, b]) => grid.hidden[a]?.[b] !== true);
      const cost =
        fresh.reduce((sum, [a, b]) => sum + (grid.values[a]?.[b] ?? 0), 0) + fresh.length / 1000;
      if (cost < bestCost) {
        best = fresh;
        bestCost = cost;
      }
    }
  }
  return best;
}

/** Hides the counts under `threshold` and what would reveal them; a pure function of the counts. */
export function suppressTable(
  counts: readonly (readonly number[])[],
  threshold = 5,
): SuppressedTable {
  const columns = counts[0]?.length ?? 0;
  const values = withTotals(counts, columns);
  const grid: Grid = {
    values,
    hidden: values.map((line) => line.map((v) => v > 0 && v < threshold)),
  };
  const primary = grid.hidden.flat().filter(Boolean).length;
  let secondary = 0;
  for (;;) {
    const open = bridges(grid);
    const first = open[0];
    if (first === undefined) break;
    const rectangle = rectangleFor(grid, first);
    // A bridge always closes in a rectangle (the grid has at least two rows and two columns);
    // if none added anything the table is all hidden and nothing is left to protect.
    if (rectangle.length === 0) break;
    for (const [a, b] of rectangle) {
      const line = grid.hidden[a];
      if (line !== undefined) line[b] = true;
      secondary++;
    }
  }
  const shown = (r: number, c: number) =>
    grid.hidden[r]?.[c] === true ? null : (values[r]?.[c] ?? 0);
  const rows = counts.length;
  return {
    cells: counts.map((line, r) => line.map((_, c) => shown(r, c))),
    rowTotals: counts.map((_, r) => shown(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => shown(rows, c)),
    total: shown(rows, columns),
    primary,
    secondary,
  };
}
