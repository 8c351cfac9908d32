/**
 * The form model that the application-form widget and the server both run: walk, conditions,
 * cardinality, required-while-shown, and the answer check whose `invalidParams` paths the server
 * answers with (test/server/form-rules.test.ts checks that the server reports exactly these).
 */
import { expect } from '@open-wc/testing';
import {
  answersToStore,
  attachmentIdsIn,
  checkAnswers,
  conditionHolds,
  isValidIban,
  parseCardinality,
  visibility,
  walkForm,
  type FormAnswers,
  type FormDefinition,
} from '../../../src/api/index.js';
import { RULES_FORM } from './rules-form.js';

const VALID: FormAnswers = {
  F_NAME: 'Anna Beispiel',
  F_EMAIL: 'anna@example.org',
  F_ZIP: '66111',
  F_BORN: '1990-02-28',
  F_KIND: 'dog',
  F_DOGS: 2,
  G_DOGS: [
    { F_DOG: 'Rex', F_BREED: 'mix' },
    { F_DOG: 'Bella', F_BREED: 'mix' },
  ],
  F_FEE: 35,
  F_SOURCE: 'portal',
};

const paths = (answers: FormAnswers, complete = true) =>
  checkAnswers(RULES_FORM, answers, { complete }).map((issue) => `${issue.path} ${issue.rule}`);

describe('form model', () => {
  describe('walk and cardinality', () => {
    it('visits every element in document order with its enclosing groups', () => {
      const ids = walkForm(RULES_FORM).map((placed) => placed.element.id);
      expect(ids.slice(0, 3)).to.deep.equal(['F_NAME', 'F_EMAIL', 'F_ZIP']);
      const proof = walkForm(RULES_FORM).find((placed) => placed.element.id === 'F_PROOF')!;
      expect(proof.ancestors.map((group) => group.id)).to.deep.equal(['G_DOGS', 'G_PROOF']);
      expect(proof.repeat?.id).to.equal('G_DOGS');
    });

    it('reads cardinalities', () => {
      expect(parseCardinality('0:1')).to.deep.equal({ min: 0, max: 1 });
      expect(parseCardinality('1:*')).to.deep.equal({ min: 1, max: Infinity });
      expect(parseCardinality('2:20')).to.deep.equal({ min: 2, max: 20 });
    });
  });

  describe('conditions', () => {
    const on = (
      operator: 'equals' | 'notEquals' | 'in' | 'filled' | 'notFilled',
      value?: unknown,
    ) =>
      ({ field: 'F_X', operator, ...(value === undefined ? {} : { value }) }) as Parameters<
        typeof conditionHolds
      >[0];
    it('equals, notEquals, in, filled, notFilled', () => {
      expect(conditionHolds(on('equals', 'a'), 'a')).to.be.true;
      expect(conditionHolds(on('equals', 'a'), undefined)).to.be.false;
      expect(conditionHolds(on('notEquals', 'a'), 'b')).to.be.true;
      expect(conditionHolds(on('in', ['a', 'b']), 'b')).to.be.true;
      expect(conditionHolds(on('in', ['a', 'b']), 'c')).to.be.false;
      expect(conditionHolds(on('filled'), '')).to.be.false;
      expect(conditionHolds(on('notFilled'), null)).to.be.true;
      expect(conditionHolds(on('equals', true), true)).to.be.true;
    });
  });

  describe('checkAnswers', () => {
    it('accepts answers that keep every rule', () => {
      expect(paths(VALID)).to.deep.equal([]);
    });

    it('requires required fields and groups while shown, on submission only', () => {
      expect(paths({})).to.deep.equal([
        'answers.F_NAME required',
        'answers.F_EMAIL required',
        'answers.F_KIND required',
      ]);
      expect(paths({}, false)).to.deep.equal([]);
      const { G_DOGS: _dogs, ...noDogs } = VALID;
      expect(paths(noDogs)).to.deep.equal(['answers.G_DOGS required']);
    });

    it('requires a conditional field only while its condition holds, per repeat entry', () => {
      const dangerous = { ...VALID, G_DOGS: [{ F_DOG: 'Rex', F_BREED: 'listed' }] };
      expect(paths(dangerous)).to.deep.equal(['answers.G_DOGS[0].F_PROOF required']);
      const cat = { ...VALID, F_KIND: 'cat' };
      delete (cat as Record<string, unknown>)['G_DOGS'];
      expect(paths(cat)).to.deep.equal([]);
    });

    it('refuses unknown fields, fields at the wrong level and answers to a group', () => {
      expect(paths({ ...VALID, F_OTHER: 'x' })).to.deep.equal(['answers.F_OTHER unknown']);
      expect(paths({ ...VALID, F_DOG: 'Rex' })).to.deep.equal(['answers.F_DOG unknown']);
      expect(
        paths({ ...VALID, G_DOGS: [{ F_DOG: 'Rex', F_BREED: 'mix', F_NAME: 'x' }] }),
      ).to.deep.equal(['answers.G_DOGS[0].F_NAME unknown']);
      expect(paths({ ...VALID, G_PROOF: 'x' })).to.deep.equal(['answers.G_PROOF unknown']);
    });

    it('checks types, code lists, patterns, lengths, ranges and real dates', () => {
      const cases: Array<[FormAnswers, string]> = [
        [{ F_ZIP: 'ABCDE' }, 'answers.F_ZIP pattern'],
        [{ F_EMAIL: 'not-an-email' }, 'answers.F_EMAIL pattern'],
        [{ F_NAME: 'A' }, 'answers.F_NAME min-length'],
        [{ F_NAME: 'A'.repeat(81) }, 'answers.F_NAME max-length'],
        [{ F_NAME: 42 }, 'answers.F_NAME type'],
        [{ F_KIND: 'horse' }, 'answers.F_KIND code-list'],
        [{ F_DOGS: 2.5 }, 'answers.F_DOGS type'],
        [{ F_DOGS: '2' }, 'answers.F_DOGS type'],
        [{ F_DOGS: 0 }, 'answers.F_DOGS min'],
        [{ F_DOGS: 21 }, 'answers.F_DOGS max'],
        [{ F_BORN: '2023-02-30' }, 'answers.F_BORN type'],
        [{ F_BORN: '1899-12-31' }, 'answers.F_BORN min'],
        [{ F_BORN: '31.12.1990' }, 'answers.F_BORN type'],
        [
          {
            F_NAME: {
              attachmentId: 'abcdefgh12',
              filename: 'a.pdf',
              mediaType: 'application/pdf',
              size: 1,
            },
          },
          'answers.F_NAME type',
        ],
      ];
      for (const [change, expected] of cases) {
        expect(paths({ ...VALID, ...change }), JSON.stringify(change)).to.deep.equal([expected]);
      }
    });

    it('refuses more entries than a group allows, even in a draft', () => {
      const many = Array.from({ length: 21 }, () => ({ F_DOG: 'Rex', F_BREED: 'mix' }));
      expect(paths({ ...VALID, G_DOGS: many }, false)).to.deep.equal(['answers.G_DOGS count']);
      expect(paths({ ...VALID, G_DOGS: 'Rex' }, false)).to.deep.equal(['answers.G_DOGS type']);
    });

    it('refuses changed hidden and locked values and answers to labels', () => {
      expect(paths({ ...VALID, F_FEE: 0.01 })).to.deep.equal(['answers.F_FEE fixed']);
      expect(paths({ ...VALID, F_SOURCE: 'other' })).to.deep.equal(['answers.F_SOURCE fixed']);
      expect(paths({ ...VALID, F_NOTE: 'x' })).to.deep.equal(['answers.F_NOTE no-answer']);
    });

    it('checks files: type, count, accepted media type and size', () => {
      const file = (mediaType: string, size: number) => ({
        attachmentId: 'abcdefgh12',
        filename: 'x',
        mediaType,
        size,
      });
      const dog = (proof: unknown) => ({
        ...VALID,
        G_DOGS: [{ F_DOG: 'Rex', F_BREED: 'listed', F_PROOF: proof }],
      });
      expect(paths(dog([file('application/pdf', 10)]) as FormAnswers)).to.deep.equal([]);
      expect(paths(dog('text') as FormAnswers)).to.deep.equal(['answers.G_DOGS[0].F_PROOF type']);
      expect(paths(dog([file('image/gif', 10)]) as FormAnswers)).to.deep.equal([
        'answers.G_DOGS[0].F_PROOF[0] file-type',
      ]);
      expect(paths(dog([file('application/pdf', 2000)]) as FormAnswers)).to.deep.equal([
        'answers.G_DOGS[0].F_PROOF[0] file-size',
      ]);
      const three = Array.from({ length: 3 }, () => file('application/pdf', 1));
      expect(paths(dog(three) as FormAnswers)).to.deep.equal(['answers.G_DOGS[0].F_PROOF count']);
    });
  });

  describe('multiple choice', () => {
    it('takes distinct listed codes up to its maximum; conditions see each chosen code', () => {
      expect(paths({ ...VALID, F_TRAITS: ['chipped', 'insured'] })).to.deep.equal([]);
      expect(paths({ ...VALID, F_TRAITS: 'chipped' })).to.deep.equal(['answers.F_TRAITS type']);
      expect(paths({ ...VALID, F_TRAITS: ['chipped', 'chipped'] })).to.deep.equal([
        'answers.F_TRAITS code-list',
      ]);
      expect(paths({ ...VALID, F_TRAITS: ['spotted'] })).to.deep.equal([
        'answers.F_TRAITS code-list',
      ]);
      expect(paths({ ...VALID, F_TRAITS: ['chipped', 'insured', 'trained'] })).to.include(
        'answers.F_TRAITS count',
      );
      expect(paths({ ...VALID, F_TRAITS: ['trained'] })).to.deep.equal([
        'answers.F_TRAINER required',
      ]);
      expect(paths({ ...VALID, F_TRAITS: ['trained'], F_TRAINER: 'Pfote' })).to.deep.equal([]);
      expect(paths({ ...VALID, F_TRAITS: [] })).to.deep.equal([]);
    });
  });

  describe('answersToStore', () => {
    it('takes fixed values from the definition and drops answers to hidden elements', () => {
      const stored = answersToStore(RULES_FORM, {
        ...VALID,
        F_FEE: 0.01,
        F_CAT_NAME: 'Minka',
        F_NOTE: 'x',
      });
      expect(stored['F_FEE']).to.equal(35);
      expect(stored['F_SOURCE']).to.equal('portal');
      expect(stored).not.to.have.property('F_CAT_NAME');
      expect(stored).not.to.have.property('F_NOTE');
      expect(stored['G_DOGS']).to.deep.equal(VALID['G_DOGS']);
    });

    it('drops a conditional entry field whose condition does not hold in that entry', () => {
      const file = {
        attachmentId: 'abcdefgh12',
        filename: 'x',
        mediaType: 'application/pdf',
        size: 1,
      };
      const stored = answersToStore(RULES_FORM, {
        ...VALID,
        G_DOGS: [
          { F_DOG: 'Rex', F_BREED: 'mix', F_PROOF: [file] },
          { F_DOG: 'Bella', F_BREED: 'listed', F_PROOF: [file] },
        ],
      });
      expect(stored['G_DOGS']).to.deep.equal([
        { F_DOG: 'Rex', F_BREED: 'mix' },
        { F_DOG: 'Bella', F_BREED: 'listed', F_PROOF: [file] },
      ]);
      expect(attachmentIdsIn(stored)).to.deep.equal(['abcdefgh12']);
    });
  });

  describe('visibility', () => {
    it('shows conditional elements only while their condition holds, per entry', () => {
      const listed = visibility(RULES_FORM, {
        ...VALID,
        G_DOGS: [
          { F_DOG: 'Rex', F_BREED: 'mix' },
          { F_DOG: 'Bella', F_BREED: 'listed' },
        ],
      });
      expect(listed.shown.has('answers.G_DOGS')).to.equal(true);
      expect(listed.shown.has('answers.G_DOGS[0].F_PROOF')).to.equal(false);
      expect(listed.shown.has('answers.G_DOGS[1].F_PROOF')).to.equal(true);
      expect(listed.required.has('answers.F_NAME')).to.equal(true);
    });
  });

  describe('IBAN check digits', () => {
    it('accepts real IBANs with or without spaces, and refuses a typo', () => {
      expect(isValidIban('DE02 1203 0000 0000 2020 51')).to.equal(true);
      expect(isValidIban('DE89370400440532013000')).to.equal(true);
      expect(isValidIban('FR7630006000011234567890189')).to.equal(true);
      expect(isValidIban('DE89370400440532013001')).to.equal(false);
      expect(isValidIban('DE89 3704 0044')).to.equal(false);
      expect(isValidIban('not an iban')).to.equal(false);
    });
  });

  it('is the same model for a definition built anywhere (no hidden state between forms)', () => {
    const copy = JSON.parse(JSON.stringify(RULES_FORM)) as FormDefinition;
    expect(checkAnswers(copy, VALID, { complete: true })).to.deep.equal([]);
  });
});
