import { InvalidArgumentError } from 'commander';

/** Parses a positive whole number from a command-line option. */
export function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('must be a whole number');
  return parsed;
}

/** Parses "100,1000,5000" into numbers. */
export function integerList(value: string): number[] {
  return value.split(',').map((part) => integer(part.trim()));
}
