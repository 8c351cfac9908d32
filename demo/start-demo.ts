/**
 * `npm start`: builds the widgets when needed, starts the demo stack, prints where everything
 * is and who can log in, and stops everything on Ctrl-C or SIGTERM.
 */
import type { TestAccount } from '../server/idp/index.js';
import { startStack, type RunningStack, type StackUrls } from './stack.js';
import { ensureWidgetBuild } from './widget-build.js';

/** Plain words for the trust levels, as the citizen account names them. */
const TRUST_LEVEL_NAMES: Record<TestAccount['trustLevel'], string> = {
  'STORK-QAA-Level-1': 'niedrig / basic',
  'STORK-QAA-Level-3': 'substanziell / substantial',
  'STORK-QAA-Level-4': 'hoch / high (eID)',
};

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

/** The text printed once everything answers. */
export function banner(urls: StackUrls, accounts: readonly TestAccount[] | undefined): string {
  const lines: string[] = ['', 'Saar-Portal demo is running.', ''];
  lines.push('Demo town websites (each its own origin, embedding the widgets from the portal):');
  for (const town of urls.towns) {
    lines.push(`  ${town.name}`);
    lines.push(...table(town.pages.map((page) => [`    ${page.url}`, page.title])));
  }
  lines.push('', 'Portal:');
  lines.push(
    ...table([
      ['  Caseworker page', urls.caseworker],
      ['  API', urls.api],
      ['  Widget entry (CDN)', urls.cdnEntry],
      ['  OpenID discovery', urls.discovery],
    ]),
  );
  lines.push('');
  if (accounts === undefined) {
    lines.push('Login: an external OpenID Connect issuer is configured; use its accounts.');
  } else {
    lines.push('Test accounts of the local citizen account (demo passwords, public on purpose):');
    lines.push(
      ...table([
        ['  login', 'password', 'trust level', '', 'role'],
        ...accounts.map((account) => [
          `  ${account.login}`,
          account.password,
          account.trustLevel,
          TRUST_LEVEL_NAMES[account.trustLevel],
          account.roles.join(', '),
        ]),
      ]),
    );
  }
  lines.push(
    '',
    'Every widget in every state, offline: npm run storybook (http://localhost:6006)',
    'Ports and data folder: PORTAL_PORT, TOWN_ORIGINS, DATA_DIR (see docs/demo.md).',
    'Stop with Ctrl-C.',
    '',
  );
  return lines.join('\n');
}

function explainStartFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    const port = (error as { port?: unknown }).port;
    return `Port ${String(port ?? '')} is in use. Choose other ports, e.g. PORTAL_PORT=9787 TOWN_ORIGINS=http://localhost:9801,http://localhost:9802 npm start`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Runs the demo until a signal stops it. */
export async function main(): Promise<void> {
  // One line per request would bury the URLs; LOG_LEVEL=info shows them.
  process.env.LOG_LEVEL ??= 'warn';
  try {
    // CDN_DIR names a build made elsewhere (a release, a test's snapshot): not ours to make.
    if (!process.env.CDN_DIR) ensureWidgetBuild('inherit');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }

  let stack: RunningStack;
  try {
    stack = await startStack();
  } catch (error) {
    console.error(`Could not start the demo: ${explainStartFailure(error)}`);
    process.exit(1);
  }

  const accounts = stack.config.localIdp
    ? (await import('../server/idp/index.js')).TEST_ACCOUNTS
    : undefined;
  console.log(banner(stack.urls, accounts));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.log('Stopping at once.');
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the demo…`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
