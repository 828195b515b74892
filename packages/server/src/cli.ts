/**
 * The omringd command: serve, migrate, seed, import and export the social map.
 * Run with `npm run omringd -- <command>`; every failure prints what went wrong and exits non-zero.
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { loadConfig, type Config } from './platform/config.ts';
import { openPostgres, type Database } from './platform/db/database.ts';
import {
  grantApplicationRole,
  installJobSchema,
  migrateIfPending,
} from './platform/db/migrations.ts';
import { anchorKey, verifyAnchors } from './kernel/audit/anchor.ts';
import { approveGrantAsOperator, pendingGrants } from './modules/accounts/roleGrants.ts';
import { openDatabase, prepare, ensureGeography, loadDemoData, hasAccounts } from './bootstrap.ts';
import { buildApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { importHsds } from './facades/hsds/importHsds.ts';
import { readHsdsSource } from './facades/hsds/hsdsSource.ts';
import { exportHsds } from './facades/hsds/exportHsds.ts';
import { verifyAuditChain } from './kernel/audit/verifyChain.ts';
import { inviteAdministrator } from './modules/accounts/inviteAdministrator.ts';
import { OidcClients } from './modules/auth/oidcLogin.ts';
import { warmDictionary } from './modules/socialMap/search/lexicon.ts';
import { startMailDelivery } from './platform/mail/delivery.ts';
import { anchorAuditTrail, applicationQueues, startJobQueue } from './jobs.ts';
import { SystemContext } from './kernel/accessContext.ts';
import { loadFileKey } from './platform/files/fileCrypto.ts';

const usage = `Usage: omringd <command>
  serve              migrate, load demo data into an empty directory, and serve http://localhost:$PORT
                     (as an application role: migrations by OMRINGD_MIGRATION_URL, or checked current)
  migrate            apply the database migrations (as the schema's owner); with OMRINGD_APP_ROLE,
                     grant that role what the server needs and no more
  seed               load (or refresh) the demo social map from packages/server/data
  import <file.json> import an HSDS 3.1 JSON file (organizations with services, or services)
  export [file.json] export the whole social map as HSDS 3.1 JSON (to stdout without a file)
  verify-audit [--anchor <file>]
                     check the audit trail's hash chain (and against the anchors in the file);
                     prints the first broken link, or the head hash
  audit-anchor       append the chain's head, sealed, to OMRINGD_ANCHOR_FILE now (also nightly)
  role-grants        list role grants waiting for a second administrator
  approve-grant <id> approve a waiting role grant as the operator (an organisation with one administrator)
  invite-admin <email> <name> <organisation>
                     invite an administrator of an organisation of the social map (part of its
                     name); prints the invitation link, which is also in the outbox`;

/** With OMRINGD_MIGRATION_URL, the owner's connection for the migration step only. */
async function withMigrationDatabase<T>(
  config: Config,
  fn: (owner: Database | undefined) => Promise<T>,
): Promise<T> {
  if (config.migrationUrl === undefined) return fn(undefined);
  const owner = openPostgres(config.migrationUrl);
  try {
    const result = await fn(owner);
    await installJobSchema(owner, applicationQueues);
    // The server's own role (DATABASE_URL's user) gets what it needs, and no more.
    if (config.databaseUrl !== undefined) {
      const role = new URL(config.databaseUrl).username;
      if (role !== '') await grantApplicationRole(owner, decodeURIComponent(role));
    }
    return result;
  } finally {
    await owner.close();
  }
}

const fileKeyOf = (config: Config) =>
  loadFileKey(config.fileKey, config.databaseUrl === undefined ? config.dataDir : null);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { anchor: { type: 'string' } },
  });
  const [command, file, ...rest] = positionals;
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const database = await openDatabase(config);
      const { demoServices } = await withMigrationDatabase(config, (owner) =>
        prepare(database, systemClock(), owner),
      );
      if (demoServices > 0) console.log(`Loaded the demo social map: ${demoServices} services.`);
      if (!(await hasAccounts(database)))
        console.log(
          'No accounts yet. Stop the server and invite the first administrator, then start again:\n  npm run omringd -- invite-admin you@example.be "Your Name" "Huizen van het Kind Gent"',
        );
      const fileKey = await loadFileKey(
        config.fileKey,
        config.databaseUrl === undefined ? config.dataDir : null,
      );
      const app = await buildApp({
        database,
        clock: systemClock,
        logger: true,
        publicUrl: config.publicUrl,
        trustProxy: config.trustProxy,
        smtpConfigured: config.smtpUrl !== undefined,
        oidc: new OidcClients(config.oidcProviders),
        fileKey,
        mapTiles: config.mapTiles,
      });
      // The Dutch dictionary of "did you mean" loads while the server starts, not on a first search.
      warmDictionary();
      const stopMail = startMailDelivery(database, config, systemClock);
      const jobs = await startJobQueue(database, systemClock, {
        schedule: true,
        anchor: { key: anchorKey(fileKey), file: config.anchorFile, email: config.anchorEmail },
      });
      const close = async () => {
        stopMail();
        await jobs.stop();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      await app.listen({ port: config.port, host: config.host });
      console.log(
        `Omringd is running on http://localhost:${config.port} (storage: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`,
      );
      return -1;
    }
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
    case 'verify-audit': {
      const database = await openDatabase(config);
      try {
        await migrateIfPending(database);
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
