/**
 * The schemas the client checks the answers of forms, drafts, applications, their status and
 * uploads with. Only the application form and the status tracker make those calls, so the client
 * loads this part with the first such call (`src/api/calls/applications-contract.ts`, decision
 * 0091), in the CDN build as the `contract-applications` chunk: a page with only the service
 * finder never downloads it. Named one by one, as in `core-part.ts`.
 */
export { AttachmentRefSchema, FormDefinitionSchema } from './form.js';
export { DraftListSchema, DraftSchema } from './draft.js';
export { StatusEventListSchema, StatusEventSchema } from './status.js';
export {
  ApplicationListSchema,
  ApplicationReceiptSchema,
  ApplicationSchema,
} from './application.js';
