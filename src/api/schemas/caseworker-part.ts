/**
 * The schemas the client checks caseworkers' answers with. No widget makes those calls
 * (`src/api/calls/caseworker.ts`), so no widget's page loads this part (decision 0091).
 */
export { CaseworkerApplicationListSchema, CaseworkerApplicationSchema } from './documents.js';
