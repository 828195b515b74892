/**
 * The omringd command: serve, migrate, seed, import and export the social map.
 * Run with `npm run omringd -- <command>`; every failure prints what went wrong and exits non-zero.
 */
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { loadConfig } from './platform/config.ts';
import { openDatabase, prepare, ensureGeography, loadDemoData, hasAccounts } from './bootstrap.ts';
import { buildApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { importHsds } from './facades/hsds/importHsds.ts';
import { exportHsds } from './facades/hsds/exportHsds.ts';
import { verifyAuditChain } from './kernel/audit/verifyChain.ts';
import { inviteAdministrator } from './modules/accounts/inviteAdministrator.ts';
import { OidcClients } from './modules/auth/oidcLogin.ts';
import { startMailDelivery } from './platform/mail/delivery.ts';
import { startJobQueue } from './platform/jobs/jobQueue.ts';
import { loadFileKey } from './platform/files/fileCrypto.ts';

const usage = `Usage: omringd <command>
  serve              migrate, load demo data into an empty directory, and serve http://localhost:$PORT
  migrate            apply the database migrations
  seed               load (or refresh) the demo social map from packages/server/data
  import <file.json> import an HSDS 3.1 JSON file (organizations with services, or services)
  export [file.json] export the whole social map as HSDS 3.1 JSON (to stdout without a file)
  verify-audit       check the audit trail's hash chain; prints the first broken link, or the head hash
  invite-admin <email> <name> <organisation>
                     invite an administrator of an organisation of the social map (part of its
                     name); prints the invitation link, which is also in the outbox`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  const [command, file, ...rest] = positionals;
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const database = await openDatabase(config);
      const { demoServices } = await prepare(database, systemClock());
      if (demoServices > 0) console.log(`Loaded the demo social map: ${demoServices} services.`);
      if (!(await hasAccounts(database)))
        console.log(
          'No accounts yet. Stop the server and invite the first administrator, then start again:\n  npm run omringd -- invite-admin you@example.be "Your Name" "Huizen van het Kind Gent"',
        );
      const app = await buildApp({
        database,
        clock: systemClock,
        logger: true,
        publicUrl: config.publicUrl,
        trustProxy: config.trustProxy,
        smtpConfigured: config.smtpUrl !== undefined,
        oidc: new OidcClients(config.oidcProviders),
        fileKey: await loadFileKey(
          config.fileKey,
          config.databaseUrl === undefined ? config.dataDir : null,
        ),
      });
      const stopMail = startMailDelivery(database, config, systemClock);
      const jobs = await startJobQueue(database, systemClock);
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
      await database.migrate();
      await ensureGeography(database);
      await database.close();
      console.log('Migrations applied.');
      return 0;
    }
    case 'seed': {
      const database = await openDatabase(config);
      await database.migrate();
      await ensureGeography(database);
      const n = await loadDemoData(database, systemClock());
      await database.close();
      console.log(`Demo social map loaded: ${n} services.`);
      return 0;
    }
    case 'import': {
      if (file === undefined) {
        console.error('import needs a file: omringd import <file.json>');
        return 2;
      }
      const database = await openDatabase(config);
      await database.migrate();
      await ensureGeography(database);
      const result = await importHsds(
        database.db,
        JSON.parse(await readFile(file, 'utf8')) as unknown,
        systemClock(),
      );
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
      return 0;
    }
    case 'export': {
      const database = await openDatabase(config);
      await database.migrate();
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
      await database.migrate();
      const report = await verifyAuditChain(database.db);
      await database.close();
      if (!report.ok) {
        console.error(
          `The audit trail is broken at row ${report.brokenAt}: ${report.problem}. ${report.rows} row(s) before it are intact.`,
        );
        return 1;
      }
      console.log(
        `The audit trail is intact: ${report.rows} row(s). Head hash: ${report.headHash}`,
      );
      return 0;
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
          database.db,
          { email: file, displayName: name, organisation },
          config.publicUrl,
          systemClock(),
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
