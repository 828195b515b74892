/**
 * The omringd command: serve, migrate, seed, import and export the social map.
 * Run with `npm run omringd -- <command>`; every failure prints what went wrong and exits non-zero.
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { serve } from './serve.ts';
import { startPagesBuild } from './platform/http/pagesBuild.ts';
import { backupEmbedded, restoreEmbedded } from './platform/db/embeddedBackup.ts';
import { loadConfig, type Config } from './platform/config.ts';
import {
  grantApplicationRole,
  installJobSchema,
  migrateIfPending,
} from './platform/db/migrations.ts';
import { anchorKey, verifyAnchors } from './kernel/audit/anchor.ts';
import { approveGrantAsOperator, pendingGrants } from './modules/accounts/roleGrants.ts';
import {
  openDatabase,
  prepare,
  prepareTemplate,
  ensureGeography,
  loadDemoData,
} from './bootstrap.ts';
import { systemClock } from './platform/clock.ts';
import { importHsds } from './facades/hsds/importHsds.ts';
import { readHsdsSource } from './facades/hsds/hsdsSource.ts';
import { exportHsds } from './facades/hsds/exportHsds.ts';
import { verifyAuditChain } from './kernel/audit/verifyChain.ts';
import { sealAuditTrail } from './kernel/audit/sealer.ts';
import { inviteAdministrator } from './modules/accounts/inviteAdministrator.ts';
import { anchorAuditTrail, applicationQueues } from './jobs.ts';
import { SystemContext } from './kernel/accessContext.ts';
import { loadFileKey } from './platform/files/fileCrypto.ts';

const usage = `Usage: omringd <command>
  demo               serve the demo: invented staff and families in ./data-demo, signing in
                     as them without a second factor (embedded only, refused with DATABASE_URL)
  serve [--build-pages]
                     migrate, load demo data into an empty directory, and serve http://localhost:$PORT
                     (as an application role: migrations by OMRINGD_MIGRATION_URL, or checked current)
  migrate            apply the database migrations (as the schema's owner); with OMRINGD_APP_ROLE,
                     grant that role what the server needs and no more
  seed               load (or refresh) the demo social map from packages/server/data
  prepare-template   prepare the copy a new embedded data directory starts from (npm install does)
  import <file.json> import an HSDS 3.1 JSON file (organizations with services, or services)
  export [file.json] export the whole social map as HSDS 3.1 JSON (to stdout without a file)
  backup <file>      write the embedded database to one archive (also while the server runs)
  restore <file>     restore an archive into an empty OMRINGD_DATA_DIR
  verify-audit [--anchor <file>]
                     check the audit trail's hash chain (and against the anchors in the file);
                     prints the first broken link, or the head hash
  audit-anchor       append the chain's head, sealed, to OMRINGD_ANCHOR_FILE now (also nightly)
  role-grants        list role grants waiting for a second administrator
  approve-grant <id> approve a waiting role grant as the operator (an organisation with one administrator)
  invite-admin <email> <name> <organisation>
                     invite an administrator of an organisation of the social map (part of its
                     name); prints the invitation link, which is also in the outbox`;

/** With --build-pages (npm start), the web pages are built while the database is prepared. */
const pagesOf = (build: boolean | undefined) =>
  build === true ? { pagesBuilt: startPagesBuild() } : {};

const fileKeyOf = (config: Config) =>
  loadFileKey(config.fileKey, config.databaseUrl === undefined ? config.dataDir : null);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { anchor: { type: 'string' }, 'build-pages': { type: 'boolean' } },
  });
  const [command, file, ...rest] = positionals;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config, pagesOf(values['build-pages']));
    case 'demo':
      return serve(
        {
          ...config,
          demo: true,
          // The demo keeps its own directory unless one is named, away from real data.
          dataDir:
            process.env.OMRINGD_DATA_DIR === undefined ? resolve('./data-demo') : config.dataDir,
        },
        pagesOf(values['build-pages']),
      );
    case 'migrate': {
      const database = await openDatabase(config);
      try {
        await database.migrate();
        await ensureGeography(database);
        if (database.kind === 'postgres') {
          await installJobSchema(database, applicationQueues);
          if (config.appRole !== undefined) await grantApplicationRole(database, config.appRole);
        }
      } finally {
        await database.close();
      }
      console.log(
        config.appRole === undefined
          ? 'Migrations applied.'
          : `Migrations applied; ${config.appRole} has the rights the server needs.`,
      );
      return 0;
    }
    case 'prepare-template': {
      const made = await prepareTemplate(systemClock());
      console.log(
        `A new embedded database will start from ${relative(process.cwd(), made.file)} (${String(made.services)} demo services).`,
      );
      return 0;
    }
    case 'seed': {
      const database = await openDatabase(config);
      await migrateIfPending(database);
      await ensureGeography(database);
      const n = await loadDemoData(database, systemClock());
      await database.close();
      console.log(`Demo social map loaded: ${n} services.`);
      return 0;
    }
    case 'import': {
      if (file === undefined) {
        console.error(
          'import needs a source: omringd import <file.json | datapackage directory | https://… HSDS API>',
        );
        return 2;
      }
      let input: unknown;
      try {
        input = await readHsdsSource(file, (line) => {
          console.error(line);
        });
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return 1;
      }
      const database = await openDatabase(config);
      await migrateIfPending(database);
      await ensureGeography(database);
      const result = await importHsds(database.db, input, systemClock());
      await database.close();
      for (const line of result.errors) console.error(line);
      if (result.errors.length > 0) {
        console.error(
          `Nothing was imported: ${result.errors.length} invalid record(s). Fix them and import again.`,
        );
        return 1;
      }
      console.log(
        `Imported ${result.organizations} organization(s) and ${result.services} service(s).`,
      );
      for (const line of result.notes) console.log(`Kept, note: ${line}`);
      return 0;
    }
    case 'export': {
      const database = await openDatabase(config);
      await migrateIfPending(database);
      const exported = JSON.stringify(await exportHsds(database.db), null, 2);
      await database.close();
      if (file === undefined) process.stdout.write(exported + '\n');
      else {
        await writeFile(file, exported + '\n');
        console.error(`Exported the social map to ${file}.`);
      }
      return 0;
    }
    case 'backup':
    case 'restore': {
      if (file === undefined) {
        console.error(`${command} needs a file: omringd ${command} <file.tar.gz>`);
        return 2;
      }
      if (config.databaseUrl !== undefined) {
        console.error(
          `With DATABASE_URL, back up and restore with PostgreSQL's own tools (pg_dump and pg_restore, or point-in-time recovery); docs/operations.md says how.`,
        );
        return 2;
      }
      if (command === 'backup') {
        const { bytes, live } = await backupEmbedded(config.dataDir, file);
        console.log(
          `Backed up ${config.dataDir}${live ? ' (by the running server)' : ''} to ${file} (${String(Math.ceil(bytes / 1024))} kB). It holds family data: keep it as safe as the server.`,
        );
      } else {
        await restoreEmbedded(file, config.dataDir);
        console.log(
          `Restored ${file} into ${config.dataDir}. Check it with: npm run omringd -- verify-audit`,
        );
      }
      return 0;
    }
    case 'verify-audit': {
      const database = await openDatabase(config);
      try {
        await migrateIfPending(database);
        // What has committed is sealed first (as the server's sealer would within a second).
        await sealAuditTrail(database.db);
        const report = await verifyAuditChain(database.db);
        if (!report.ok) {
          console.error(
            `The audit trail is broken at row ${report.brokenAt}: ${report.problem}. ${report.rows} row(s) before it are intact.`,
          );
          return 1;
        }
        if (values.anchor !== undefined) {
          const key = anchorKey(await fileKeyOf(config));
          const anchored = await verifyAnchors(database.db, key, values.anchor);
          if (!anchored.ok) {
            console.error(
              `The audit trail does not match its anchors (${values.anchor}, line ${anchored.line}): ${anchored.problem}.`,
            );
            return 1;
          }
          console.log(
            `The audit trail matches its ${anchored.anchors} anchor(s)${anchored.latest === null ? '' : `; the latest, of ${anchored.latest.at}, names ${anchored.latest.rows} row(s)`}.`,
          );
        }
        console.log(
          `The audit trail is intact: ${report.rows} row(s). Head hash: ${report.headHash}`,
        );
        if (report.unsealed > 0)
          console.log(
            `${report.unsealed} row(s) written since are not sealed yet (the oldest at ${report.oldestUnsealedAt ?? '?'}).`,
          );
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'audit-anchor': {
      const database = await openDatabase(config);
      try {
        await migrateIfPending(database);
        await anchorAuditTrail(
          database,
          {
            key: anchorKey(await fileKeyOf(config)),
            file: config.anchorFile,
            email: config.anchorEmail,
          },
          systemClock(),
        );
        console.error(`Anchor appended to ${config.anchorFile}. Keep a copy outside this server.`);
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'role-grants': {
      const database = await openDatabase(config);
      try {
        await migrateIfPending(database);
        const waiting = await pendingGrants(new SystemContext(database, systemClock, 'operator'));
        if (waiting.length === 0) console.log('No role grant is waiting.');
        for (const g of waiting)
          console.log(
            `${g.id}  ${g.organization}  ${g.email}  ${g.role}  ${g.requestedAt.toISOString()}`,
          );
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'approve-grant': {
      if (file === undefined) {
        console.error(
          'approve-grant needs the id of the grant: omringd approve-grant <id> (see role-grants)',
        );
        return 2;
      }
      const database = await openDatabase(config);
      try {
        await migrateIfPending(database);
        const answer = await approveGrantAsOperator(
          new SystemContext(database, systemClock, 'omringd approve-grant (operator)'),
          file,
          config.publicUrl,
        );
        console.log(`Approved: ${answer.status.replace('_', ' ')}.`);
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'invite-admin': {
      const [name, organisation] = rest;
      if (file === undefined || name === undefined || organisation === undefined) {
        console.error(
          'invite-admin needs an e-mail address, a name and an organisation:\n  omringd invite-admin an@example.be "An Peeters" "Huis van het Kind Gent"',
        );
        return 2;
      }
      const database = await openDatabase(config);
      await prepare(database, systemClock());
      try {
        const { link } = await inviteAdministrator(
          new SystemContext(database, systemClock, 'omringd invite-admin (operator)'),
          { email: file, displayName: name, organisation },
          config.publicUrl,
        );
        console.log(
          `Invitation for ${file} (administrator). Open this link to accept it (valid for 7 days):\n${link}`,
        );
        return 0;
      } finally {
        await database.close();
      }
    }
    default:
      console.error(command === undefined ? usage : `Unknown command "${command}".\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
