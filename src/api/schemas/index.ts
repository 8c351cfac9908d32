/**
 * The portal API contract: every resource's schema and type. The client loads it in two parts
 * (`core-part.ts`, `applications-part.ts`; decision 0091); everything else imports it whole.
 */
export * from './core-part.js';
export * from './applications-part.js';
