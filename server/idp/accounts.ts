/**
 * Test accounts of the local identity provider: made-up citizens at each trust level and a
 * caseworker. For demos and tests only; the passwords are public (docs/citizen-account.md).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CitizenClaims, TrustLevel } from '../../src/api/schemas/index.js';
import type { UserRole } from '../auth/user.js';

/** Claims of an account other than `sub` and `acr` (those come from the login itself). */
export type AccountClaims = Omit<CitizenClaims, 'sub' | 'acr'>;

/** A test account: login name, demo password, trust level, roles and claims. */
export interface TestAccount {
  /** Stable pseudonymous id, the `sub` of every token. */
  sub: string;
  /** Login name typed into the login form. */
  login: string;
  /** Demo password (public, documented). */
  password: string;
  /** Trust level a login with this account reaches (the `acr`). */
  trustLevel: TrustLevel;
  roles: UserRole[];
  claims: AccountClaims;
  /** Caseworkers: the authority (route `destinationId`) whose applications they process. */
  authority?: string;
  /** What the account is for, for the docs. */
  purpose: string;
}

/** The test accounts (demo passwords, documented in docs/citizen-account.md). */
export const TEST_ACCOUNTS: readonly TestAccount[] = [
  {
    sub: '5f0c9a3e-1b7d-4c2a-9e61-3d8a2f4b7c10',
    login: 'lena.schmitt',
    password: 'demo-level-1',
    trustLevel: 'STORK-QAA-Level-1',
    roles: ['citizen'],
    purpose: 'Basisregistrierung (Benutzername und Passwort)',
    claims: {
      given_name: 'Lena',
      family_name: 'Schmitt',
      birthdate: '1992-04-17',
      email: 'lena.schmitt@buerger.example',
      address: {
        street_address: 'Bahnhofstraße 12',
        postal_code: '66111',
        locality: 'Saarbrücken',
        country: 'DE',
      },
    },
  },
  {
    sub: 'a7d2e4f6-3c81-4b5e-8f29-6e1b0c9d2a47',
    login: 'jonas.becker',
    password: 'demo-level-3',
    trustLevel: 'STORK-QAA-Level-3',
    roles: ['citizen'],
    purpose: 'substanziell (z. B. ELSTER-Zertifikat)',
    claims: {
      given_name: 'Jonas',
      family_name: 'Becker',
      birthdate: '1985-11-02',
      email: 'jonas.becker@buerger.example',
      phone_number: '+49 6821 555010',
      address: {
        street_address: 'Hüttenbergstraße 5',
        postal_code: '66538',
        locality: 'Neunkirchen',
        country: 'DE',
      },
    },
  },
  {
    sub: 'c3b8f1d0-9e24-4a6b-b7c5-1f0e8d3a6b92',
    login: 'marie.klein',
    password: 'demo-level-4',
    trustLevel: 'STORK-QAA-Level-4',
    roles: ['citizen'],
    purpose: 'hoch (Online-Ausweisfunktion, eID)',
    claims: {
      given_name: 'Marie',
      family_name: 'Klein',
      birthdate: '1958-07-23',
      email: 'marie.klein@buerger.example',
      address: {
        street_address: 'Französische Straße 10',
        postal_code: '66740',
        locality: 'Saarlouis',
        country: 'DE',
      },
    },
  },
  {
    sub: 'e9a4c6b2-7d13-4f8e-a05c-2b6d9f1e3c58',
    login: 'thomas.weber',
    password: 'demo-caseworker',
    trustLevel: 'STORK-QAA-Level-3',
    roles: ['caseworker'],
    // The Landeshauptstadt Saarbrücken (municipality key 10041100) as an authority.
    authority: 'gemeinde-10041100',
    purpose: 'Sachbearbeitung bei der Landeshauptstadt Saarbrücken (Fallbearbeitung)',
    claims: {
      given_name: 'Thomas',
      family_name: 'Weber',
      email: 'thomas.weber@verwaltung.example',
      address: {
        street_address: 'Rathausplatz 1',
        postal_code: '66111',
        locality: 'Saarbrücken',
        country: 'DE',
      },
    },
  },
];

/** The account with this `sub`, if any. */
export function findAccountBySub(sub: string): TestAccount | undefined {
  return TEST_ACCOUNTS.find((account) => account.sub === sub);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * The account whose login name and password match, else undefined. Login names ignore case and
 * surrounding blanks; passwords are compared in constant time so the demo shows the right habit.
 */
export function authenticate(login: string, password: string): TestAccount | undefined {
  const wanted = login.trim().toLowerCase();
  const account = TEST_ACCOUNTS.find((candidate) => candidate.login === wanted);
  const matches = timingSafeEqual(digest(password), digest(account?.password ?? '\u0000'));
  return account !== undefined && matches ? account : undefined;
}
