/**
 * The ledger for finance as CSV (csv-stringify, formulas escaped: a provider named "=HYPERLINK(…)"
 * stays text) and as XLSX (exceljs; every text is written as a string cell, never a formula, and
 * escaped the same way so a later save as CSV stays safe). Amounts are euros with two decimals.
 */
import { stringify } from 'csv-stringify/sync';
import type { LedgerLine } from './report.ts';

const header = [
  'entered_on',
  'programme',
  'region',
  'year',
  'fund_kind',
  'case_reference',
  'entry',
  'reverses_kind',
  'category',
  'provider',
  'from',
  'to',
  'paid_on',
  'amount_eur',
];

const euros = (cents: number) => (cents / 100).toFixed(2);

function cells(line: LedgerLine): (string | number)[] {
  return [
    line.enteredOn,
    line.programmeKey,
    line.region,
    line.year,
    line.fundKind,
    line.caseReference,
    line.kind,
    line.reversedKind ?? '',
    line.category,
    line.provider,
    line.from ?? '',
    line.to ?? '',
    line.paidOn ?? '',
    euros(line.amountCents),
  ];
}

export function ledgerCsv(lines: LedgerLine[]): string {
  return stringify([header, ...lines.map(cells)], { escape_formulas: true, bom: true });
}

/** What a spreadsheet would take for a formula, made text by a leading apostrophe. */
const defused = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export async function ledgerXlsx(lines: LedgerLine[]): Promise<Buffer> {
  // Loaded when a spreadsheet is asked for: exceljs is large, and every start of the server and
  // every command of the CLI would otherwise pay for it.
  // eslint-disable-next-line no-restricted-syntax -- a library, not our code: the specifier is literal, so the choke point test still follows it
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ledger');
  sheet.addRow(header);
  for (const line of lines) {
    const values = cells(line).map((v, i) =>
      header[i] === 'amount_eur' || header[i] === 'year' ? Number(v) : defused(String(v)),
    );
    sheet.addRow(values);
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
