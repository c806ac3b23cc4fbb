import type { Role } from './find-people';
import type { Mention } from './mention';

/**
 * "Maria Zakharova, the Russian foreign ministry spokeswoman": a post whose words name a body of
 * the country is the body's. Roles are read before organizations are found, with the country
 * ("Russian") as owner; here the owner becomes the body that holds it ("Russian foreign ministry"),
 * when that body lies within the role’s words. A post of no owner takes the body its words name
 * ("Maria Zakharova, the ministry’s spokeswoman").
 */
export function rolesInBodies(roles: readonly Role[], organizations: readonly Mention[]): Role[] {
  return roles.map((role) => {
    const owner = role.affiliation;
    if (owner && owner.kind !== 'Country') return role;
    // With no owner, any body the post's words name ("the ministry", referring back); with a
    // country, the body its name is part of.
    const body = organizations.find(
      (m) =>
        m.kind === 'Organization' &&
        m.start >= role.start &&
        m.end <= role.end &&
        (!owner || (m.start <= owner.start && m.end > owner.end)),
    );
    return body ? { ...role, affiliation: body } : role;
  });
}
