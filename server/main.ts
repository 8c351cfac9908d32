/**
 * Starts the reference portal server: `node --import tsx server/main.ts` (or `npm start`, which
 * also builds the widgets and serves the demo towns). Configuration: see server/config.ts.
 */
import { buildApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await buildApp(config);

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  try {
    await app.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    { api: `${config.portalOrigin}/api/v1`, issuer: config.oidcIssuer, towns: config.townOrigins },
    'portal server ready',
  );
} catch (error) {
  app.log.error({ err: error }, 'could not start');
  process.exit(1);
}
