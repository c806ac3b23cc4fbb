import type { Role } from './find-people';
import type { Mention } from './mention';

/**
 * "Maria Zakharova, the Russian foreign ministry spokeswoman": a post whose words name a body of
 * the country is the body's. Roles are read before organizations are found, with the country
 * ("Russian") as owner; here the owner becomes the body that holds it ("Russian foreign ministry"),
 * when that body lies within the role's words. A post of no owner takes the body its words name.
 */
export function rolesInBodies(roles: readonly Role[], organizations: readonly Mention[]): Role[] {
  return roles.map((role) => {
    const owner = role.affiliation;
    // "Maria Zakharova, the ministry's spokeswoman": a post of no owner whose words name a body
    // found since ("the ministry", referring back) is that body's.
    if (!owner) {
      const body = organizations.find((m) => m.kind === 'Organization' && m.start >= role.start && m.end <= role.end);
      return body ? { ...role, affiliation: body } : role;
    }
    if (owner.kind !== 'Country') return role;
    const body = organizations.find(
      (m) =>
        m.kind === 'Organization' &&
        m.start <= owner.start &&
        m.end > owner.end &&
        m.start >= role.start &&
        m.end <= role.end,
    );
    return body ? { ...role, affiliation: body } : role;
  });
}
