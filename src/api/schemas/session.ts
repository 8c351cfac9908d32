/** The citizen's session: claims the citizen account releases (OpenID Connect standard claims). */
import * as z from 'zod/mini';
import { TrustLevelSchema } from './common.js';

/** Postal address claim (OIDC `address`). */
export const AddressClaimSchema = z.object({
  street_address: z.optional(z.string()),
  postal_code: z.optional(z.string()),
  locality: z.optional(z.string()),
  country: z.optional(z.string()),
});

/** Claims about the logged-in citizen, as the userinfo endpoint and `GET /me` return them. */
export const CitizenClaimsSchema = z.object({
  /** Stable pseudonymous id. */
  sub: z.string().check(z.minLength(1)),
  /** Trust level of this login. */
  acr: TrustLevelSchema,
  given_name: z.optional(z.string()),
  family_name: z.optional(z.string()),
  birthdate: z.optional(z.iso.date()),
  email: z.optional(z.email()),
  phone_number: z.optional(z.string()),
  address: z.optional(AddressClaimSchema),
});
/** Citizen claims. */
export type CitizenClaims = z.infer<typeof CitizenClaimsSchema>;

/** Discovery of the citizen account for widgets (`GET /config`): where to log in. */
export const PortalConfigSchema = z.object({
  issuer: z.url(),
  clientId: z.string().check(z.minLength(1)),
  scopes: z.array(z.string()),
});
/** The portal's public configuration. */
export type PortalConfig = z.infer<typeof PortalConfigSchema>;
