import { expect, oneEvent } from '@open-wc/testing';
import type { SaarApplicationForm } from '../../src/application-form/saar-application-form.js';
import { loadProgress } from '../../src/application-form/progress-store.js';
import { FakePortal } from '../fixtures/fake-portal.js';
import { testService, securedService } from '../fixtures/form-data.js';
import { webmasterLines } from '../support/webmaster-console.js';
import {
  $,
  $$,
  choose,
  fill,
  fillStepFour,
  fillStepOne,
  fillStepThree,
  fillStepTwo,
  formPortal,
  id,
  mountForm,
  proceed,
  ready,
  signedIn,
  storedDraft,
  until,
} from './form-harness.js';

/** The text of an element, whitespace collapsed. */
const textOf = (element: Element | null): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const ERIKA = {
  sub: 'citizen-erika',
  acr: 'STORK-QAA-Level-3' as const,
  given_name: 'Erika',
  family_name: 'Mustermann',
};

afterEach(() => sessionStorage.clear());

async function toCheck(form: SaarApplicationForm): Promise<void> {
  await fillStepOne(form);
  await fillStepTwo(form);
  await fillStepThree(form);
  await fillStepFour(form);
  await until(() => $(form, '#submit'), 'no check page');
}

describe('<saar-application-form>', () => {
  it('is accessible on a step, with errors, and on the check page', async function () {
    this.timeout(30_000); // The first axe run of the file loads axe itself.
    const { form } = await mountForm();
    await ready(form);
    await expect(form).to.be.accessible();
    await proceed(form);
    await expect(form).to.be.accessible();
  });

  describe('defaults', () => {
    it('shows the form title, the first step with its number, and focuses nothing yet', async () => {
      const { form } = await mountForm();
      await ready(form);
      expect($(form, '#form-heading')!.textContent).to.contain('Testantrag');
      expect($(form, '.step-of')!.textContent).to.contain('Schritt 1 von 4');
      expect($(form, '#step-heading')!.textContent).to.contain('Über Sie');
    });

    it('marks optional fields "(optional)" and required ones not at all', async () => {
      const { form } = await mountForm();
      await ready(form);
      const email = $(form, `label[for="${id('F10990004').slice(1)}"]`)!;
      expect(email.textContent).to.contain('(optional)');
      const name = $(form, `label[for="${id('F10990001').slice(1)}"]`)!;
      expect(name.textContent).to.not.contain('(optional)');
    });

    it('asks for the town first when none is preset', async () => {
      const { form } = await mountForm({ attributes: { municipality: null } });
      await until(() => $(form, '#town-heading'), 'no town question');
      expect($(form, '#town-input')).to.not.equal(null);
    });
  });

  describe('validation', () => {
    it('shows no error while typing, only when the citizen leaves the field', async () => {
      const { form } = await mountForm();
      await ready(form);
      const zip = $<HTMLInputElement>(form, id('F10990006'))!;
      zip.value = '667';
      zip.dispatchEvent(new InputEvent('input'));
      await form.updateComplete;
      expect($(form, `${id('F10990006')}-error`)).to.equal(null);
      zip.dispatchEvent(new FocusEvent('blur'));
      await form.updateComplete;
      expect($(form, `${id('F10990006')}-error`)!.textContent).to.contain('fünf Ziffern');
      expect(zip.getAttribute('aria-invalid')).to.equal('true');
      expect(zip.getAttribute('aria-describedby')).to.contain('error');
      // Seen too, not only heard: the box's frame takes the error colour (not colour alone:
      // the message and the bar beside the field say it in words and shape).
      const errorColour = getComputedStyle($(form, `${id('F10990006')}-error`)!).color;
      expect(getComputedStyle(zip).borderInlineStartColor).to.equal(errorColour);
    });

    it('offers the place of a postcode, and drops the offer when the postcode changes', async () => {
      const { form } = await mountForm();
      await ready(form);
      await fill(form, id('F10990006'), '66740');
      await until(() => $(form, '.suggestion'), 'no place offered');
      expect(textOf($(form, '.suggestion'))).to.contain('Saarlouis');
      await fill(form, id('F10990006'), '10115');
      await form.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      // A string, not the element: chai would try to print an element that is still there.
      expect(textOf($(form, '.suggestion'))).to.equal('');
    });

    it('writes a limit the way the citizen reads dates and numbers', async () => {
      const { form } = await mountForm();
      await ready(form);
      await fill(form, `${id('F10990003')}-day`, '1');
      await fill(form, `${id('F10990003')}-month`, '1');
      await fill(form, `${id('F10990003')}-year`, '1850');
      await until(() => $(form, `${id('F10990003')}-error`), 'no error on the date');
      expect(textOf($(form, `${id('F10990003')}-error`))).to.contain(
        'darf nicht vor 1. Januar 1900 liegen',
      );
      await fillStepOne(form);
      await fill(form, id('G10990002', 0, 'F10990013'), '0,2');
      await until(
        () => $(form, `${id('G10990002', 0, 'F10990013')}-error`),
        'no error on the weight',
      );
      expect(textOf($(form, `${id('G10990002', 0, 'F10990013')}-error`))).to.contain(
        'muss mindestens 0,5 sein',
      );
    });

    it('judges a date when the citizen leaves its boxes, not between day, month and year', async () => {
      const { form } = await mountForm();
      await ready(form);
      const day = $<HTMLInputElement>(form, `${id('F10990003')}-day`)!;
      const month = $<HTMLInputElement>(form, `${id('F10990003')}-month`)!;
      day.value = '12';
      day.dispatchEvent(new InputEvent('input'));
      day.dispatchEvent(new FocusEvent('blur', { relatedTarget: month }));
      await form.updateComplete;
      expect($(form, `${id('F10990003')}-error`)).to.equal(null);
      month.dispatchEvent(new FocusEvent('blur', { relatedTarget: null }));
      await form.updateComplete;
      expect($(form, `${id('F10990003')}-error`)).to.not.equal(null);
    });

    it('on Continue with errors: a summary takes focus, links to each field, the page title says so', async () => {
      const { form } = await mountForm();
      await ready(form);
      form.errorTitle = true;
      document.title = 'Antrag';
      await proceed(form);
      await until(
        () => form.shadowRoot!.activeElement === $(form, '#error-summary'),
        'summary not focused',
      );
      const links = $$<HTMLAnchorElement>(form, '#error-summary a');
      expect(links.map((link) => link.textContent!.trim())).to.include('Geben Sie „Vorname“ an.');
      expect(document.title).to.equal('Fehler: Antrag');
      links[0]!.click();
      expect(form.shadowRoot!.activeElement).to.equal($(form, id('F10990001')));
      await fillStepOne(form);
      expect(document.title).to.equal('Antrag');
    });

    const cases: Array<[string, string, string, string]> = [
      ['a date that does not exist', `${id('F10990003')}-day`, '31', 'echtes Datum'],
      ['an e-mail without @', id('F10990004'), 'erika.example.de', 'E-Mail-Adresse'],
      ['a phone number with letters', id('F10990005'), 'zwölf', 'Telefonnummer'],
      ['a postcode with letters', id('F10990006'), 'ABCDE', 'fünf Ziffern'],
      ['a name longer than allowed', id('F10990001'), 'x'.repeat(61), 'höchstens 60 Zeichen'],
    ];
    for (const [what, selector, value, message] of cases) {
      it(`explains ${what}`, async () => {
        const { form } = await mountForm();
        await ready(form);
        if (selector.endsWith('-day')) {
          await fill(form, `${id('F10990003')}-month`, '2');
          await fill(form, `${id('F10990003')}-year`, '2001');
        }
        await fill(form, selector, value);
        const errorId = `${selector.replace(/-(day|month|year)$/, '')}-error`;
        expect($(form, errorId)?.textContent ?? '').to.contain(message);
      });
    }

    it('checks IBAN check digits, amounts with a decimal comma, whole numbers and bounds', async () => {
      const { form } = await mountForm();
      await ready(form);
      await fillStepOne(form);
      await fillStepTwo(form);
      await choose(form, id('F10990020'), 'vormittag');
      await choose(form, id('F10990021'), 'true');
      await fill(form, id('F10990025'), '2,5');
      expect($(form, `${id('F10990025')}-error`)!.textContent).to.contain('ganze Zahl');
      await fill(form, id('F10990025'), '25');
      expect($(form, `${id('F10990025')}-error`)!.textContent).to.contain('höchstens 20');
      await fill(form, id('F10990025'), '3');
      await fill(form, `${id('F10990023')}`, '05:00');
      expect($(form, `${id('F10990023')}-error`)!.textContent).to.contain('nicht vor');
      await fill(form, `${id('F10990023')}`, '');
      await proceed(form);
      await fill(form, id('F10990031'), 'DE02 1203 0000 0000 2020 52');
      expect($(form, `${id('F10990031')}-error`)!.textContent).to.contain('Prüfziffern');
      await fill(form, id('F10990032'), '12,50');
      expect($(form, `${id('F10990032')}-error`)).to.equal(null);
    });
  });

  describe('multiple choice', () => {
    it('offers checkboxes in a fieldset, keeps the chosen codes in list order, refuses too many', async () => {
      const { form } = await mountForm();
      await ready(form);
      await fillStepOne(form);
      await fillStepTwo(form);
      const fieldset = $(form, `fieldset${id('F10990026')}`)!;
      expect(fieldset.querySelector('legend')!.textContent).to.contain('Was ist dabei?');
      expect(fieldset.textContent).to.contain('Wählen Sie alles aus, was zutrifft.');
      const boxes = $$<HTMLInputElement>(form, `${id('F10990026')} input[type="checkbox"]`);
      expect(boxes.map((box) => box.value)).to.deep.equal(['moebel', 'matratzen', 'teppiche']);
      boxes[2]!.click();
      await form.updateComplete;
      boxes[0]!.click();
      await form.updateComplete;
      expect(form['answers']['F10990026']).to.deep.equal(['moebel', 'teppiche']);
      boxes[1]!.click();
      await form.updateComplete;
      boxes[1]!.dispatchEvent(new FocusEvent('blur', { relatedTarget: null }));
      await form.updateComplete;
      expect($(form, `${id('F10990026')}-error`)!.textContent).to.contain('höchstens 2');
      boxes[1]!.click();
      await form.updateComplete;
      await choose(form, id('F10990020'), 'vormittag');
      await choose(form, id('F10990021'), 'true');
      await fill(form, id('F10990025'), '3');
      await proceed(form);
      await fillStepFour(form);
      await until(() => $(form, '#submit'), 'no check page');
      expect($(form, '#summary-S3')!.closest('section')!.textContent).to.contain('Möbel, Teppiche');
      await expect(form).to.be.accessible();
    });
  });

  describe('conditions and repeatable groups', () => {
    it('shows a field only while its condition holds, per entry', async () => {
      const { form } = await mountForm();
      await ready(form);
      await fillStepOne(form);
      expect($(form, id('G10990002', 0, 'F10990012'))).to.equal(null);
      await choose(form, id('G10990002', 0, 'F10990011'), 'gelistet');
      expect($(form, id('G10990002', 0, 'F10990012'))).to.not.equal(null);
      await choose(form, id('G10990002', 0, 'F10990011'), 'dackel');
      expect($(form, id('G10990002', 0, 'F10990012'))).to.equal(null);
    });

    it('adds and removes entries, announces it and moves focus sensibly, up to the maximum', async () => {
      const { form } = await mountForm();
      await ready(form);
      await fillStepOne(form);
      const add = () => $<HTMLButtonElement>(form, id('G10990002', 'add'))!;
      add().click();
      await until(() => $(form, id('G10990002', 1)), 'no second entry');
      await until(
        () => form.shadowRoot!.activeElement === $(form, id('G10990002', 1, 'F10990010')),
        'focus not in the new entry',
      );
      expect($(form, '[role="status"][aria-live="polite"]')!.textContent).to.contain('Hund 2');
      add().click();
      await form.updateComplete;
      expect(add(), 'no add button at the maximum of 3').to.equal(null);
      const remove = $$<HTMLButtonElement>(form, `${id('G10990002', 2)} button`).find((button) =>
        button.textContent!.includes('entfernen'),
      )!;
      remove.click();
      await form.updateComplete;
      expect($(form, id('G10990002', 2))).to.equal(null);
      await until(() => form.shadowRoot!.activeElement === add(), 'focus not on "add"');
    });
  });

  describe('check and submit', () => {
    it('lists every answer with a change link that returns to the summary', async () => {
      const { form } = await mountForm();
      await ready(form);
      await toCheck(form);
      const rows = $$(form, '.summary-row');
      expect(rows.map((row) => row.querySelector('dt')!.textContent!.trim())).to.include('Vorname');
      expect($(form, '.summary')!.textContent).to.contain('12. August 1964');
      expect($(form, '.check')!.textContent).to.contain('35 €');
      // The fee is set by the form: nothing to change there.
      const fee = rows.find((row) => row.querySelector('dt')!.textContent!.includes('Gebühr'))!;
      expect(fee.querySelector('button')).to.equal(null);
      // Each change button names its answer (a list of "Ändern" alone says nothing).
      const dog = rows.find((row) => row.textContent!.includes('Hund 1: Rasse'))!;
      expect(dog.querySelector('button')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Ändern: Hund 1: Rasse',
      );
      const change = rows
        .find((row) => row.textContent!.includes('Vorname'))!
        .querySelector<HTMLButtonElement>('button')!;
      expect(change.textContent!.replace(/\s+/g, ' ')).to.contain('Ändern: Vorname');
      change.click();
      await until(
        () => form.shadowRoot!.activeElement === $(form, id('F10990001')),
        'not at the field',
      );
      await fill(form, id('F10990001'), 'Erika Maria');
      expect($(form, '#continue')!.textContent).to.contain('Zurück zur Übersicht');
      await proceed(form);
      await until(() => $(form, '#submit'), 'not back at the check page');
      expect($(form, '.summary')!.textContent).to.contain('Erika Maria');
    });

    it('submits once, fires saar-submit and saar-application-submitted, shows reference and code', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await toCheck(form);
      const submitted = oneEvent(form, 'saar-application-submitted');
      const button = $<HTMLButtonElement>(form, '#submit')!;
      button.click();
      button.click();
      const event = await submitted;
      await until(() => $(form, '.confirmation'), 'no confirmation');
      expect(portal.data.applications).to.have.length(1);
      const receipt = portal.data.applications[0]!;
      expect($(form, '.reference')!.textContent).to.contain(receipt.application.reference);
      expect($(form, '.codes')!.textContent).to.contain(receipt.accessCode);
      expect(event.detail).to.not.have.property('accessCode');
      const trackerLink = new URL($<HTMLAnchorElement>(form, '.confirmation a')!.href);
      expect(trackerLink.searchParams.get('reference')).to.equal(receipt.application.reference);
      // The code travels in the fragment, which no server and no Referer sees.
      expect(trackerLink.hash).to.equal(`#saar-access-code=${receipt.accessCode}`);
      expect(trackerLink.search).to.not.contain(receipt.accessCode);
      await until(
        () => form.shadowRoot!.activeElement === $(form, '#confirmation-heading'),
        'heading focus',
      );
      expect(loadProgress(testService.id, 'S10990000@1.0.0')).to.equal(undefined);
      await expect(form).to.be.accessible();
    });

    it('lets the page cancel the submission (saar-submit)', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await toCheck(form);
      form.addEventListener('saar-submit', (event) => event.preventDefault(), { once: true });
      $(form, '#submit')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(portal.data.applications).to.have.length(0);
    });

    it('sends the same key again after a lost answer: still exactly one application', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await toCheck(form);
      portal.fault('applications', { kind: 'lost-answer' });
      $(form, '#submit')!.click();
      await until(() => $(form, '#submission-state'), 'no failure shown');
      expect(portal.data.applications).to.have.length(1, 'the portal stored it');
      $<HTMLButtonElement>(form, '#submission-state button')!.click();
      await until(() => $(form, '.confirmation'), 'no confirmation after the retry');
      expect(portal.data.applications).to.have.length(1);
      const keys = portal.requests.filter((path) => path === 'applications');
      expect(keys).to.have.length(2);
    });

    it('tells the webmaster when the portal takes no applications from this site', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await toCheck(form);
      portal.fault('applications', { kind: 'cors' });
      const lines = await webmasterLines(async () => {
        $(form, '#submit')!.click();
        await until(() => $(form, '#submission-state'), 'no failure shown');
      });
      expect(lines.join('\n')).to.contain('list of town sites');
      expect(lines.join('\n')).to.contain(location.origin);
      portal.fault('applications', undefined);
    });

    it('keeps the focus on the send button while "Erneut senden" sends', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await toCheck(form);
      portal.fault('applications', { kind: 'status', status: 503 });
      $(form, '#submit')!.click();
      await until(
        () => form.shadowRoot!.activeElement?.id === 'submission-state',
        'the failure did not take the focus',
      );
      portal.fault('applications', { kind: 'delay', ms: 1500 });
      $<HTMLButtonElement>(form, '#submission-state button')!.click();
      await until(
        () => $(form, '#submit')?.getAttribute('aria-disabled') === 'true',
        'not sending',
      );
      await form.updateComplete;
      expect(form.shadowRoot!.activeElement?.id).to.equal('submit');
      await until(() => $(form, '.confirmation'), 'not sent');
    });

    it('maps the portal’s invalidParams onto the fields', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await toCheck(form);
      // The portal refuses the next submission with a rule the widget did not know of.
      const original = portal.handle.bind(portal);
      portal.handle = async (request: Request) => {
        if (new URL(request.url).pathname.endsWith('/applications')) {
          return new Response(
            JSON.stringify({
              type: 'https://portal.saarland.example/problems/form-rules',
              title: 'Unprocessable Content',
              status: 422,
              invalidParams: [{ path: 'answers.F10990007', message: 'x', rule: 'pattern' }],
            }),
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return original(request);
      };
      $(form, '#submit')!.click();
      await until(() => $(form, `${id('F10990007')}-error`), 'no field error');
      expect($(form, '#step-heading')!.textContent).to.contain('Über Sie');
      expect(form.shadowRoot!.activeElement).to.equal($(form, '#error-summary'));
    });
  });

  describe('keeping what was typed', () => {
    it('restores answers and step after a reload (the tab’s copy)', async () => {
      const first = await mountForm();
      await ready(first.form);
      await fillStepOne(first.form);
      await fill(first.form, id('G10990002', 0, 'F10990010'), 'Bello');
      first.form.remove();
      const { form } = await mountForm({ portal: first.portal });
      await ready(form);
      expect($(form, '#step-heading')!.textContent).to.contain('Ihre Hunde');
      expect($<HTMLInputElement>(form, id('G10990002', 0, 'F10990010'))!.value).to.equal('Bello');
    });

    it('saves a draft at the portal and offers a link to continue later', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await fill(form, id('F10990001'), 'Erika');
      $(form, '.save-later')!.click();
      await until(() => $(form, '#saved-heading'), 'no saved panel');
      expect(portal.data.drafts).to.have.length(1);
      const link = $<HTMLInputElement>(form, '#resume-link')!.value;
      expect(link).to.contain(`#saar-resume=${portal.data.drafts[0]!.resumeToken}`);
    });

    it('tells the webmaster when the portal keeps no drafts for this site, and keeps the answers', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await fill(form, id('F10990001'), 'Erika');
      portal.fault('drafts', { kind: 'cors' });
      const lines = await webmasterLines(async () => {
        $(form, '.save-later')!.click();
        await until(() => $(form, '.draft-status'), 'no draft status shown');
      });
      portal.fault('drafts', undefined);
      expect(lines.join('\n')).to.contain('list of town sites');
      expect(lines.join('\n')).to.contain(location.origin);
      expect(portal.data.drafts).to.have.length(0);
      expect($<HTMLInputElement>(form, id('F10990001'))!.value).to.equal('Erika');
    });

    it('gives no link to an older draft when saving for later fails, and says so next to the button', async () => {
      const { form, portal } = await mountForm();
      await ready(form);
      await fill(form, id('F10990001'), 'Erika');
      $(form, '.save-later')!.click();
      await until(() => $(form, '#saved-heading'), 'no saved panel');
      $<HTMLButtonElement>(form, '.saved .button--secondary')!.click();
      await until(() => $(form, '.save-later'), 'not back at the step');
      await fill(form, id('F10990001'), 'Erika Maria');
      portal.fault('drafts', { kind: 'network' });
      const later = $<HTMLButtonElement>(form, '.save-later')!;
      later.focus();
      later.click();
      await until(() => $(form, '#draft-status'), 'no draft status');
      expect($(form, '#saved-heading')).to.equal(null);
      expect(textOf($(form, '#draft-status'))).to.contain(
        'Der Link zum Weitermachen konnte gerade nicht erstellt werden',
      );
      expect(form.shadowRoot!.activeElement).to.equal($(form, '.save-later'));
      expect($<HTMLInputElement>(form, id('F10990001'))!.value).to.equal('Erika Maria');
      portal.fault('drafts', undefined);
      $(form, '.save-later')!.click();
      await until(() => $(form, '#saved-heading'), 'no saved panel after the portal is back');
      expect(portal.data.drafts[0]!.answers).to.deep.include({ F10990001: 'Erika Maria' });
    });

    it('saves one draft at a time: a slow first save is followed, not overtaken', async function () {
      this.timeout(15000);
      const { form, portal } = await mountForm();
      await ready(form);
      // The first save takes longer than the quiet time before the next one.
      portal.fault('drafts', { kind: 'delay', ms: 3000 });
      await fill(form, id('F10990001'), 'Erika');
      await until(() => portal.requests.some((path) => path === 'drafts'), 'no first save');
      await fill(form, id('F10990001'), 'Erika Maria');
      await new Promise((resolve) => setTimeout(resolve, 2600));
      portal.fault('drafts', undefined);
      await until(
        () =>
          $(form, '.draft-status') &&
          textOf($(form, '.draft-status')) === 'Entwurf gespeichert' &&
          portal.requests.filter((path) => path.startsWith('drafts')).length === 2,
        'the second save did not follow',
      );
      expect(portal.data.drafts).to.have.length(1);
      expect(portal.data.drafts[0]!.answers).to.deep.include({ F10990001: 'Erika Maria' });
    });

    it('shows a required list’s first entry when a resumed draft has none yet', async () => {
      const portal = formPortal();
      const resumeToken = 'resume-token-without-dogs-000000000001';
      portal.data.drafts.push(storedDraft(resumeToken, 'S2', { F10990001: 'Heinz' }));
      const { form } = await mountForm({ portal, attributes: { resume: resumeToken } });
      await until(() => $(form, id('G10990002', 0, 'F10990010')), 'no first dog to fill in');
    });

    it('continues from a resume token', async () => {
      const portal = formPortal();
      const { form: first } = await mountForm({ portal });
      await ready(first);
      await fill(first, id('F10990001'), 'Heinz');
      $(first, '.save-later')!.click();
      // Saved and kept in the tab (the panel shows after both): only then forget the tab.
      await until(() => $(first, '#saved-heading'), 'no draft');
      first.remove();
      sessionStorage.clear();
      const { form } = await mountForm({
        portal,
        attributes: { resume: portal.data.drafts[0]!.resumeToken },
      });
      await until(
        () => $<HTMLInputElement>(form, id('F10990001'))?.value === 'Heinz',
        'the draft’s answers are not back',
      );
    });

    it('says so visibly when a continue-later link’s draft is gone, and starts afresh', async () => {
      const { form } = await mountForm({
        attributes: { resume: 'resume-token-that-opens-nothing-0000001' },
      });
      await until(() => $(form, '#resume-problem'), 'no notice');
      expect(textOf($(form, '#resume-problem'))).to.contain('Dieser Entwurf ist nicht mehr da');
      expect(textOf($(form, '#resume-problem'))).to.contain('neu ausfüllen');
      expect($(form, '#resume-problem button')).to.equal(null);
    });

    it('offers to try a continue-later link again when the portal did not answer, and then continues', async () => {
      const portal = formPortal();
      const resumeToken = 'resume-token-while-portal-is-down-00001';
      portal.data.drafts.push(storedDraft(resumeToken, 'S1', { F10990001: 'Heinz' }));
      portal.fault('drafts', { kind: 'status', status: 503 });
      const { form } = await mountForm({ portal, attributes: { resume: resumeToken } });
      await until(() => $(form, '#resume-problem [role="alert"]'), 'no failure shown');
      expect(textOf($(form, '#resume-problem'))).to.contain(
        'Ihr gespeicherter Entwurf konnte gerade nicht geladen werden.',
      );
      expect(textOf($(form, '#resume-problem'))).to.not.contain('nicht mehr da');
      portal.fault('drafts', undefined);
      $(form, '#resume-problem button')!.click();
      await until(
        () => $<HTMLInputElement>(form, id('F10990001'))?.value === 'Heinz',
        'the draft’s answers are not back',
      );
      expect($(form, '#resume-problem')).to.equal(null);
      await until(
        () => form.shadowRoot!.activeElement?.id === 'step-heading',
        'focus did not move to the step',
      );
    });

    it('offers a logged-in citizen the draft they saved earlier, or a fresh start', async () => {
      const portal = formPortal();
      portal.citizen = ERIKA;
      const { form: first } = await mountForm({ portal, session: signedIn(ERIKA) });
      await ready(first);
      await fill(first, id('F10990002'), 'Musterfrau');
      $(first, '.save-later')!.click();
      // Saved and kept in the tab (the panel shows after both): only then forget the tab.
      await until(() => $(first, '#saved-heading'), 'no draft');
      first.remove();
      sessionStorage.clear();

      const { form } = await mountForm({ portal, session: signedIn(ERIKA) });
      await until(() => $(form, '#earlier-heading'), 'no offer of the earlier draft');
      expect($(form, '.earlier')!.textContent).to.contain('gespeichert');
      await expect(form).to.be.accessible();
      $(form, '#earlier-continue')!.click();
      await until(
        () => $<HTMLInputElement>(form, id('F10990002'))?.value === 'Musterfrau',
        'the draft’s answers are not back',
      );
      expect($(form, '.earlier')).to.equal(null);
      form.remove();
      sessionStorage.clear();

      const { form: fresh } = await mountForm({ portal, session: signedIn(ERIKA) });
      await until(() => $(fresh, '#earlier-heading'), 'no offer');
      $$<HTMLButtonElement>(fresh, '.earlier button')[1]!.click();
      await fresh.updateComplete;
      expect($(fresh, '.earlier')).to.equal(null);
      expect($<HTMLInputElement>(fresh, id('F10990002'))!.value).to.equal('');
    });

    it('offers no earlier draft to a citizen who is not logged in', async () => {
      const portal = formPortal();
      portal.citizen = ERIKA;
      const { form: first } = await mountForm({ portal, session: signedIn(ERIKA) });
      await ready(first);
      await fill(first, id('F10990002'), 'Musterfrau');
      $(first, '.save-later')!.click();
      // Saved and kept in the tab (the panel shows after both): only then forget the tab.
      await until(() => $(first, '#saved-heading'), 'no draft');
      first.remove();
      sessionStorage.clear();
      const { form } = await mountForm({ portal });
      await ready(form);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect($(form, '.earlier')).to.equal(null);
    });

    it('prefills from the citizen account only what the citizen allowed, read-only and marked', async () => {
      const session = signedIn(ERIKA, ['given_name']);
      const { form } = await mountForm({ session });
      await ready(form);
      const fixed = $$(form, '.field--fixed');
      expect(fixed.map((element) => element.textContent)).to.satisfy((texts: string[]) =>
        texts.some((text) => text.includes('Erika') && text.includes('Aus Ihrem Bürgerkonto')),
      );
      expect($(form, id('F10990002')), 'family name not allowed: asked').to.not.equal(null);
    });
  });

  describe('login', () => {
    it('asks for a login first when the service needs one, saying which level and that nothing is lost', async () => {
      const { form } = await mountForm({ attributes: { service: securedService.id } });
      await until(() => $(form, '#gate-heading'), 'no login gate');
      expect($(form, '.gate')!.textContent).to.contain('ELSTER');
      expect($(form, '.gate')!.textContent).to.contain('bleibt erhalten');
      await expect(form).to.be.accessible();
    });

    it('offers a step-up when the session’s level is too low, and goes on once it is enough', async () => {
      const session = signedIn({ ...ERIKA, acr: 'STORK-QAA-Level-1' });
      const { form } = await mountForm({ session, attributes: { service: securedService.id } });
      await until(() => $(form, '#gate-heading'), 'no gate');
      expect($(form, '.gate')!.textContent).to.contain('reicht für diesen Antrag nicht');
      session.signIn({ claims: ERIKA, getAccessToken: () => 't' });
      await until(() => $(form, '#step-heading'), 'no step after the step-up');
    });
  });

  describe('errors loading', () => {
    it('says when there is no online form, and retries a failed load', async () => {
      const portal = new FakePortal();
      const { form } = await mountForm({ portal });
      await until(() => $(form, '.notice'), 'no notice');
      expect($(form, '.notice')!.textContent).to.contain('kein Online-Formular');
      const failing = formPortal().fault('forms', { kind: 'status', status: 503 });
      const second = await mountForm({ portal: failing });
      await until(() => $(second.form, '#failure'), 'no failure');
      failing.fault('forms', undefined);
      $<HTMLButtonElement>(second.form, '#failure button')!.click();
      await ready(second.form);
    });
  });
});

describe('<saar-application-form> files, offline, history, keyboard', () => {
  afterEach(() => sessionStorage.clear());

  async function dogWithProof(form: SaarApplicationForm): Promise<HTMLInputElement> {
    await fillStepOne(form);
    await fill(form, id('G10990002', 0, 'F10990010'), 'Rex');
    await choose(form, id('G10990002', 0, 'F10990011'), 'gelistet');
    return $<HTMLInputElement>(form, id('G10990002', 0, 'F10990012'))!;
  }

  function pick(input: HTMLInputElement, files: File[]): void {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('refuses a file of the wrong type or too large before uploading, and says why', async () => {
    const { form, portal } = await mountForm();
    await ready(form);
    const input = await dogWithProof(form);
    pick(input, [new File(['x'], 'notes.docx', { type: 'application/msword' })]);
    await form.updateComplete;
    expect($(form, `${id('G10990002', 0, 'F10990012')}-error`)!.textContent).to.contain(
      'Art von Datei',
    );
    pick(input, [new File([new Uint8Array(1_000_001)], 'big.pdf', { type: 'application/pdf' })]);
    await form.updateComplete;
    expect($(form, `${id('G10990002', 0, 'F10990012')}-error`)!.textContent).to.contain('zu groß');
    expect(portal.requests.filter((path) => path === 'attachments')).to.have.length(0);
  });

  it('uploads a file, lists it, references it in the answers, and removes it again', async () => {
    const { form, portal } = await mountForm();
    await ready(form);
    const input = await dogWithProof(form);
    pick(input, [new File(['%PDF-1.4'], 'nachweis.pdf', { type: 'application/pdf' })]);
    await until(() => $(form, '.upload--done'), 'no finished upload');
    expect($(form, '.upload--done')!.textContent).to.contain('nachweis.pdf');
    expect(portal.requests.filter((path) => path === 'attachments')).to.have.length(1);
    await proceed(form);
    expect($(form, '#step-heading')!.textContent).to.contain('Abholung');
    // Back to the dog (the browser's Back) and remove the file.
    history.back();
    await until(() => $(form, '#step-heading')!.textContent!.includes('Ihre Hunde'), 'not back');
    $<HTMLButtonElement>(form, '.upload--done button')!.click();
    await form.updateComplete;
    expect($(form, '.upload--done')).to.equal(null);
  });

  it('keeps the focus when the chosen files fill the field, and says when an upload fails', async () => {
    const { form, portal } = await mountForm();
    await ready(form);
    const input = await dogWithProof(form);
    input.focus();
    // Two files fill this field (1:2): its chooser goes, and the focus goes to its files.
    pick(input, [
      new File(['%PDF-1.4'], 'nachweis.pdf', { type: 'application/pdf' }),
      new File(['%PDF-1.4'], 'nachweis-2.pdf', { type: 'application/pdf' }),
    ]);
    const uploads = `${id('G10990002', 0, 'F10990012')}-uploads`.slice(1);
    await until(() => form.shadowRoot!.activeElement?.id === uploads, 'focus fell to the page');
    await until(() => $$(form, '.upload--done').length === 2, 'not uploaded');
    // One removed: the chooser is back; the next upload fails and is said.
    $<HTMLButtonElement>(form, '.upload--done button')!.click();
    await form.updateComplete;
    portal.fault('attachments', { kind: 'status', status: 503 });
    const announced = new Promise<string>((resolve) => {
      const observer = new MutationObserver(() => {
        const said = [...form.shadowRoot!.querySelectorAll('[aria-live]')]
          .map((region) => region.textContent ?? '')
          .find((text) => text.includes('dritte.pdf'));
        if (said?.includes('konnte nicht hochgeladen werden')) {
          observer.disconnect();
          resolve(said);
        }
      });
      observer.observe(form.shadowRoot!, { subtree: true, childList: true, characterData: true });
    });
    pick($<HTMLInputElement>(form, id('G10990002', 0, 'F10990012'))!, [
      new File(['%PDF-1.4'], 'dritte.pdf', { type: 'application/pdf' }),
    ]);
    expect(await announced).to.contain('dritte.pdf');
  });

  it('keeps a file on its entry when an entry above it is removed while it uploads', async () => {
    const { form, portal } = await mountForm();
    await ready(form);
    await fillStepOne(form);
    await fill(form, id('G10990002', 0, 'F10990010'), 'Rex');
    $<HTMLButtonElement>(form, id('G10990002', 'add'))!.click();
    await until(() => $(form, id('G10990002', 1, 'F10990010')), 'no second entry');
    await fill(form, id('G10990002', 1, 'F10990010'), 'Bello');
    await choose(form, id('G10990002', 1, 'F10990011'), 'gelistet');
    portal.fault('attachments', { kind: 'delay', ms: 800 });
    pick($<HTMLInputElement>(form, id('G10990002', 1, 'F10990012'))!, [
      new File(['%PDF-1.4'], 'bello.pdf', { type: 'application/pdf' }),
    ]);
    await form.updateComplete;
    // Rex goes while Bello's file is on its way: Bello is the first entry now.
    $$<HTMLButtonElement>(form, `${id('G10990002', 0)} button`)
      .find((button) => button.textContent!.includes('entfernen'))!
      .click();
    await form.updateComplete;
    expect($<HTMLInputElement>(form, id('G10990002', 0, 'F10990010'))!.value).to.equal('Bello');
    await until(() => $(form, '.upload--done'), 'the upload did not finish');
    expect($(form, `${id('G10990002', 0, 'F10990012')}-uploads`)?.textContent ?? '').to.contain(
      'bello.pdf',
    );
    expect($(form, id('G10990002', 1)) === null, 'an empty second entry came back').to.equal(true);
  });

  it('moves between steps with the browser’s back and forward buttons', async () => {
    const { form } = await mountForm();
    await ready(form);
    await fillStepOne(form);
    expect($(form, '#step-heading')!.textContent).to.contain('Ihre Hunde');
    history.back();
    await until(() => $(form, '#step-heading')!.textContent!.includes('Über Sie'), 'back');
    history.forward();
    await until(() => $(form, '#step-heading')!.textContent!.includes('Ihre Hunde'), 'forward');
  });

  it('waits while offline and sends, with the same key, once the connection is back', async () => {
    const { form, portal } = await mountForm();
    await ready(form);
    await toCheck(form);
    portal.fault('applications', { kind: 'network' });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      $(form, '#submit')!.click();
      await until(() => $(form, '#submission-state'), 'no offline notice');
      expect($(form, '#submission-state')!.textContent).to.contain('offline');
    } finally {
      // The own property hid the prototype's getter; without it the real state shows again.
      Reflect.deleteProperty(navigator, 'onLine');
    }
    portal.fault('applications', undefined);
    window.dispatchEvent(new Event('online'));
    await until(() => $(form, '.confirmation'), 'not sent when back online');
    expect(portal.data.applications).to.have.length(1);
  });
});
