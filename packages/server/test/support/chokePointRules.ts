/**
 * The choke point as rules over the real program, checked with the TypeScript compiler (module
 * resolution and symbols, as tsc sees them — not regular expressions over import lines):
 *
 * 1. A protected table module is imported (statically, dynamically, re-exported) only by the
 *    kernel and the capabilities' query files (modules/<capability>/queries.ts or queries/).
 * 2. No other file refers to anything declared in a protected table module, however it reached
 *    it (a barrel, a re-export under another name, a namespace import).
 * 3. No other file holds raw SQL that names a protected table.
 * 4. The raw database handle (the Database type, the functions that open one) stays in platform
 *    code, the kernel and the composition root; modules and facades never see it.
 * 5. The unaudited handles are used only where the rules say: public data by the public
 *    capabilities, identity data by sign-in and administration.
 * 6. No dynamic import with a computed specifier, anywhere in the server.
 */
import ts from 'typescript';
import { getTableName, isTable } from 'drizzle-orm';
import { dirname, join, relative, resolve } from 'node:path';
import * as caseSchema from '../../src/kernel/tables/caseSchema.ts';
import * as caseFileSchema from '../../src/kernel/tables/caseFileSchema.ts';
import * as careTableSchema from '../../src/kernel/tables/careTableSchema.ts';
import * as carePlanSchema from '../../src/kernel/tables/carePlanSchema.ts';
import * as budgetSchema from '../../src/kernel/tables/budgetSchema.ts';
import * as waitingSchema from '../../src/kernel/tables/waitingSchema.ts';
import * as homeVisitSchema from '../../src/kernel/tables/homeVisitSchema.ts';
import * as notificationSchema from '../../src/kernel/tables/notificationSchema.ts';
import * as auditSchema from '../../src/kernel/audit/auditSchema.ts';

export const serverRoot = resolve(new URL('../../', import.meta.url).pathname);
export const srcRoot = join(serverRoot, 'src');

export const protectedModules = [
  'kernel/tables/caseSchema.ts',
  'kernel/tables/caseFileSchema.ts',
  'kernel/tables/careTableSchema.ts',
  'kernel/tables/carePlanSchema.ts',
  'kernel/tables/budgetSchema.ts',
  'kernel/tables/waitingSchema.ts',
  'kernel/tables/homeVisitSchema.ts',
  'kernel/tables/notificationSchema.ts',
  'kernel/audit/auditSchema.ts',
];

/** The SQL names of every protected table, read from the schema itself. */
export const protectedTableNames: string[] = [
  caseSchema,
  caseFileSchema,
  careTableSchema,
  carePlanSchema,
  budgetSchema,
  waitingSchema,
  homeVisitSchema,
  notificationSchema,
  auditSchema,
]
  .flatMap((m): unknown[] => Object.values(m))
  .filter((v) => isTable(v))
  .map((t) => getTableName(t));

const mayImportProtected = (rel: string) =>
  rel.startsWith('kernel/') || /^modules\/[^/]+\/queries(\.ts|\/[^/]+\.ts)$/.test(rel);

const mayHoldRawHandle = (rel: string) =>
  rel.startsWith('platform/') ||
  rel.startsWith('kernel/') ||
  ['app.ts', 'cli.ts', 'serve.ts', 'bootstrap.ts', 'jobs.ts'].includes(rel);

/** Which files may use which unaudited handle (a method or property of that name). */
const handleUsers = new Map<string, (rel: string) => boolean>(
  Object.entries({
    publicData: (rel) =>
      rel === 'app.ts' ||
      rel.startsWith('kernel/') ||
      rel.startsWith('modules/socialMap/') ||
      rel.startsWith('modules/programmes/') ||
      rel.startsWith('facades/hsds/'),
    identityData: (rel) =>
      rel.startsWith('kernel/') ||
      rel.startsWith('modules/auth/') ||
      rel.startsWith('modules/accounts/') ||
      // The demo's own accounts (users.demo), never family data.
      rel.startsWith('modules/demo/'),
  }),
);

const RAW_HANDLE = new Set([
  'Database',
  'openPglite',
  'openPostgres',
  'fromPglite',
  'publicDataOf',
]);

export type Offence = { file: string; rule: number; what: string };

export type VirtualFile = { path: string; text: string };

/** The server's program, with extra files laid over it at the paths they pretend to have. */
export function serverProgram(extra: VirtualFile[] = [], oldProgram?: ts.Program): ts.Program {
  const configFile = ts.readConfigFile(join(serverRoot, 'tsconfig.json'), (p) =>
    ts.sys.readFile(p),
  );
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, serverRoot);
  const virtual = new Map(extra.map((f) => [resolve(srcRoot, f.path), f.text]));
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (name, language, onError, create) => {
    const text = virtual.get(resolve(name));
    return text === undefined
      ? getSourceFile(name, language, onError, create)
      : ts.createSourceFile(name, text, language, true);
  };
  host.fileExists = (name) => virtual.has(resolve(name)) || fileExists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) =>
    [...virtual.keys()].some((f) => f.startsWith(`${resolve(name)}/`)) ||
    (directoryExists?.(name) ?? ts.sys.directoryExists(name));
  host.readFile = (name) => virtual.get(resolve(name)) ?? readFile(name);
  const roots = parsed.fileNames.filter((f) => f.startsWith(srcRoot)).concat([...virtual.keys()]);
  return ts.createProgram({
    rootNames: roots,
    options: parsed.options,
    host,
    ...(oldProgram === undefined ? {} : { oldProgram }),
  });
}

function resolved(program: ts.Program, from: string, specifier: string): string | undefined {
  const found = ts.resolveModuleName(specifier, from, program.getCompilerOptions(), ts.sys);
  return found.resolvedModule?.resolvedFileName;
}

const relToSrc = (file: string) => relative(srcRoot, resolve(file));

/** The offences in the program, or only in these files (paths relative to src). */
export function checkChokePoint(program: ts.Program, only?: readonly string[]): Offence[] {
  const checker = program.getTypeChecker();
  const offences: Offence[] = [];
  const protectedFiles = new Set(protectedModules.map((m) => join(srcRoot, m)));
  const sqlNames = protectedTableNames.map((n) => n.replace(/_/g, '_')).join('|');
  const rawSql = new RegExp(
    `\\b(from|join|into|update|table|truncate|references)\\s+("?)(public\\.)?("?)(${sqlNames})\\b`,
    'i',
  );
  // What the protected modules export (and the modules themselves, for namespace imports).
  // Compared by declaration: a re-export under another name is still the same declaration.
  const protectedDeclarations = new Set<ts.Node>();
  for (const f of protectedFiles) {
    const source = program.getSourceFile(f);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (source === undefined || moduleSymbol === undefined) continue;
    protectedDeclarations.add(source);
    for (const exported of checker.getExportsOfModule(moduleSymbol))
      for (const d of exported.declarations ?? []) protectedDeclarations.add(d);
  }
  const isProtectedSymbol = (node: ts.Node): boolean => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol === undefined) return false;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return (symbol.declarations ?? []).some((d) => protectedDeclarations.has(d));
  };
  const declaredIn = (node: ts.Node): string[] => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol === undefined) return [];
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return (symbol.declarations ?? []).map((d) => resolve(d.getSourceFile().fileName));
  };

  for (const source of program.getSourceFiles()) {
    const file = resolve(source.fileName);
    if (!file.startsWith(srcRoot) || source.isDeclarationFile) continue;
    const rel = relToSrc(file);
    if (only !== undefined && !only.includes(rel)) continue;
    const add = (rule: number, what: string) => offences.push({ file: rel, rule, what });
    const importsProtected = (specifier: string, typeOnly: boolean) => {
      const target = resolved(program, file, specifier);
      if (target !== undefined && protectedFiles.has(resolve(target)) && !typeOnly)
        if (!mayImportProtected(rel)) add(1, `imports ${specifier}`);
    };

    const visit = (node: ts.Node): void => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier !== undefined &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const typeOnly = ts.isImportDeclaration(node)
          ? node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword
          : node.isTypeOnly;
        importsProtected(node.moduleSpecifier.text, typeOnly);
      }
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg !== undefined && ts.isStringLiteralLike(arg)) importsProtected(arg.text, false);
        else add(6, 'a dynamic import of a computed module');
      }
      if (ts.isIdentifier(node)) {
        const name = node.text;
        if (!mayImportProtected(rel) && isProtectedSymbol(node))
          add(2, `refers to the protected "${name}"`);
        if (!mayHoldRawHandle(rel) && RAW_HANDLE.has(name)) {
          const raw = declaredIn(node).some(
            (d) =>
              d === join(srcRoot, 'platform/db/database.ts') ||
              d.endsWith('kernel/accessContext.ts'),
          );
          if (raw) add(4, `uses the raw database handle "${name}"`);
        }
        const allowed = handleUsers.get(name);
        if (
          allowed !== undefined &&
          !allowed(rel) &&
          (ts.isPropertyAccessExpression(node.parent) || ts.isPropertyAssignment(node.parent)) &&
          declaredIn(node).some((d) => d.startsWith(srcRoot))
        )
          add(5, `uses ${name}`);
      }
      if (
        !mayImportProtected(rel) &&
        (ts.isStringLiteralLike(node) ||
          ts.isTemplateHead(node) ||
          ts.isTemplateMiddle(node) ||
          ts.isTemplateTail(node))
      ) {
        const match = rawSql.exec(node.text);
        if (match !== null) add(3, `raw SQL on ${match[5] ?? ''}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return offences;
}

/**
 * A committed bypass fixture: a first line `// rule: N` names the rule that must catch it, and
 * each `// at: path` line starts a file at the path (under src) it pretends to have.
 */
export function fixtureFile(text: string): { rule: number; files: VirtualFile[] } {
  const rule = Number(/^\/\/ rule: (\d+)/.exec(text)?.[1] ?? 0);
  const files: VirtualFile[] = [];
  for (const part of text.split(/^\/\/ at: /m).slice(1)) {
    const newline = part.indexOf('\n');
    files.push({ path: part.slice(0, newline).trim(), text: part.slice(newline + 1) });
  }
  return { rule, files };
}

export const fixtureDir = join(serverRoot, 'test/fixtures/bypass');
export const nameOf = (path: string) => relative(dirname(fixtureDir), path);
