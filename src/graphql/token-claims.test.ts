import { tokenClaimsProblem } from './token-claims';

const bearer = (claims: unknown) =>
  `Bearer ${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.signature`;

describe('the shape of a token’s claims', () => {
  it('accepts roles as a list, no roles, and other claims of any shape', () => {
    expect(tokenClaimsProblem(bearer({ sub: 'ada', roles: ['editor'] }))).toBeUndefined();
    expect(tokenClaimsProblem(bearer({ sub: 'ada', exp: 1, custom: { a: 1 } }))).toBeUndefined();
    expect(tokenClaimsProblem(undefined)).toBeUndefined();
  });

  it('names a roles claim that is not a list, and what it must be', () => {
    expect(tokenClaimsProblem(bearer({ roles: 'editor' }))).toMatch(
      /`roles` must be a list of role names such as \["editor"\]/,
    );
  });

  it('leaves a token it cannot decode to the signature check', () => {
    expect(tokenClaimsProblem('Bearer not-a-token')).toBeUndefined();
    expect(tokenClaimsProblem('Bearer a.!!!.c')).toBeUndefined();
  });
});
