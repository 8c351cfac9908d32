#!/usr/bin/env node
// `npm start`: the whole demo on localhost (portal API, local citizen account, caseworker page,
// widget files and two town websites). The orchestration is TypeScript (demo/stack.ts), shared
// with the end-to-end tests; tsx loads it in this same process, so Ctrl-C reaches every server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../demo/start-demo.ts');
await main();
