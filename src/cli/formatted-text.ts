import { format, resolveConfig } from 'prettier';

/** Formatted as `prettier --check` expects, so a generated file leaves the tree clean for `npm test`. */
export async function formattedText(file: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), filepath: file });
}
