/**
 * Applying through the demo pages as a citizen does: the login at the local citizen account
 * (simulated online ID card), and every step of a seeded form filled through the widget's
 * controls with answers the form model says are valid.
 */
import type { Page } from 'playwright-core';
import {
  FormDefinitionSchema,
  visibility,
  type AttachmentRef,
  type FormAnswers,
  type FormDefinition,
  type FormElement,
} from '../../../src/api/index.js';
import { TEST_ACCOUNTS } from '../../../server/idp/index.js';
import { sampleAnswers } from '../../server/support/sample-answers.js';

export const WAIT = { timeout: 20_000 };
/** Saarbrücken's regional key. */
export const SAARBRUECKEN = '100410100100';
/** The seeded forms. */
export const FORMS = [
  'hundesteuer-anmeldung',
  'wohnsitz-anmeldung',
  'bewohnerparkausweis',
  'sperrmuell-abholung',
  'gewerbe-anmeldung',
  'halteverbotszone-umzug',
];
/** A tiny valid PDF, for every upload. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export function password(login: string): string {
  return TEST_ACCOUNTS.find((account) => account.login === login)!.password;
}

const controlId = (path: readonly (string | number)[]) => `#f-${path.join('-')}`;

/**
 * Fills one step of `form` through the page's controls with `answers` (made by the form model:
 * valid for every rule), element by element, as the conditions show them.
 */
async function fillStep(
  page: Page,
  form: FormDefinition,
  stepIndex: number,
  answers: FormAnswers,
): Promise<void> {
  const shown = visibility(form, answers).shown;
  const visit = async (elements: readonly FormElement[], scope: (string | number)[]) => {
    for (const element of elements) {
      const path = [...scope, element.id];
      const key = `answers${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('')}`;
      if (!shown.has(key)) continue;
      if (element.type === 'group') {
        const value = readAt(answers, path);
        if (Array.isArray(value)) {
          for (let index = 0; index < value.length; index += 1) {
            if (index > 0 && (await page.locator(controlId([...path, index])).count()) === 0) {
              await page.locator(controlId([...path, 'add'])).click();
            }
            await visit(element.children, [...path, index]);
          }
        } else {
          await visit(element.children, scope);
        }
        continue;
      }
      const value = readAt(answers, path);
      if (value === undefined || (element.kind !== 'input' && element.kind !== 'select')) continue;
      const id = controlId(path);
      if (element.dataType === 'file') {
        await page
          .locator(id)
          .setInputFiles({ name: 'nachweis.pdf', mimeType: 'application/pdf', buffer: PDF });
        await page
          .locator(`${id}-hint`)
          .waitFor({ state: 'attached', ...WAIT })
          .catch(() => undefined);
        await page.getByText('nachweis.pdf', { exact: false }).first().waitFor(WAIT);
        await page
          .locator('.upload--uploading')
          .first()
          .waitFor({ state: 'detached', ...WAIT });
      } else if (element.dataType === 'bool') {
        await page.locator(`${id}-${value === true ? 0 : 1}`).click();
      } else if (element.kind === 'select' && Array.isArray(value)) {
        for (const code of value)
          await page.locator(`${id} input[value="${String(code)}"]`).check();
      } else if (element.kind === 'select') {
        if ((await page.locator(`select${id}`).count()) > 0)
          await page.locator(`select${id}`).selectOption(String(value));
        else await page.locator(`${id} input[value="${String(value)}"]`).click();
      } else if (element.dataType === 'date' || element.dataType === 'datetime') {
        const [year, month, day] = String(value).slice(0, 10).split('-');
        await page.locator(`${id}-day`).fill(String(Number(day)));
        await page.locator(`${id}-month`).fill(String(Number(month)));
        await page.locator(`${id}-year`).fill(year!);
        if (element.dataType === 'datetime')
          await page.locator(`${id}-time`).fill(String(value).slice(11, 16));
      } else if (typeof value === 'number') {
        await page.locator(id).fill(String(value).replace('.', ','));
      } else {
        await page.locator(id).fill(String(value));
      }
    }
  };
  await visit(form.steps[stepIndex]!.elements, []);
}

function readAt(answers: FormAnswers, path: readonly (string | number)[]): unknown {
  let node: unknown = answers;
  for (const segment of path)
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

async function form(api: string, serviceId: string): Promise<FormDefinition> {
  const response = await fetch(`${api}/forms/${serviceId}`);
  return FormDefinitionSchema.parse(await response.json());
}

/**
 * Logs in at the provider: by default Marie Klein with the simulated online ID card (level 4:
 * every form's bar); another test account with the means its level allows.
 */
export async function logInAtProvider(
  page: Page,
  login = 'marie.klein',
  means = 'Online-Ausweis (simuliert)',
): Promise<void> {
  await page.getByRole('textbox', { name: 'Benutzername' }).waitFor(WAIT);
  await page.getByRole('textbox', { name: 'Benutzername' }).fill(login);
  await page.getByLabel('Passwort', { exact: true }).fill(password(login));
  await page.getByLabel(means).check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const consent = page.getByRole('button', { name: 'Zustimmen und weiter' });
  if (await consent.isVisible().catch(() => false)) await consent.click();
  else await consent.click({ timeout: 5000 }).catch(() => undefined);
}

/** Fills every step, checks, submits; answers the receipt's reference and access code. */
export async function complete(
  page: Page,
  api: string,
  serviceId: string,
): Promise<{ reference: string; code: string }> {
  const definition = await form(api, serviceId);
  const upload: AttachmentRef = {
    attachmentId: 'placeholder-0001',
    filename: 'nachweis.pdf',
    mediaType: 'application/pdf',
    size: PDF.length,
  };
  const answers = sampleAnswers(definition, () => upload);
  const heading = page.locator('#step-heading');
  for (let step = 0; step < definition.steps.length; step += 1) {
    await heading.waitFor(WAIT);
    await page
      .locator('#step-heading', { hasText: definition.steps[step]!.title.de })
      .waitFor(WAIT);
    await fillStep(page, definition, step, answers);
    await page.locator('#continue').click();
  }
  await page.locator('#submit').waitFor(WAIT);
  await page.locator('#submit').click();
  await page.locator('.confirmation').waitFor(WAIT);
  const reference = (await page.locator('.codes code').first().textContent())!.trim();
  const code = (await page.locator('.codes code').nth(1).textContent())!.trim();
  return { reference, code };
}
