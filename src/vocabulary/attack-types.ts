/**
 * The nouns news calls an attack by. Extraction finds attacks by them (src/extract/find-incidents.ts),
 * relations read "the attack on X" as X's being its target, and resolution takes them for one
 * family of event (src/resolve/same-event.ts).
 */
export const ATTACK_NOUNS = ['attack', 'poisoning', 'bombing', 'shooting', 'stabbing', 'assassination'] as const;

export const ATTACK_TYPE = new RegExp(`\\b(?:${ATTACK_NOUNS.join('|')})\\b`, 'i');

/** Whether an event type ("attack", "nerve agent attack", "assassination attempt") is an attack. */
export function isAttackType(eventType: string | undefined): boolean {
  return ATTACK_TYPE.test(eventType ?? '');
}

/**
 * What armed forces do to a place, which a state does to another: "the Russian missile strike on
 * Odesa" is Russia's, and happened in Odesa (it is not "about" Odesa).
 */
export const MILITARY_ACTS: ReadonlySet<string> = new Set([
  'strike',
  'invasion',
  'annexation',
  'incursion',
  'blockade',
  'offensive',
  'seizure',
  'raid',
  'deployment',
  'withdrawal',
  'storming',
]);

/** Whether an event is an attack or a military act: force used on someone or somewhere. */
export function isActOfForce(eventType: string | undefined): boolean {
  return isAttackType(eventType) || MILITARY_ACTS.has(eventType ?? '');
}
