import jwt from 'jsonwebtoken';
import { TEST_JWT_SECRET } from './api';

/**
 * Signs a test token (HS256); a `secret` other than the server's makes a forged one. `roles` is
 * a list of role names; anything else tests how malformed claims are refused.
 */
export function signToken(
  claims: { sub?: string; roles?: unknown },
  options: { secret?: string; expiresInSeconds?: number } = {},
): string {
  return jwt.sign(claims, options.secret ?? TEST_JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: options.expiresInSeconds ?? 300,
  });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
