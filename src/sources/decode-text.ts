import { binaryError } from './source-errors';

/** Above this share of control characters a "text" is taken for a binary file. */
const CONTROL_CHARACTER_LIMIT = 0.02;

/**
 * Decodes a file's bytes as UTF-8 (UTF-16 when it starts with a UTF-16 byte-order mark), dropping a
 * byte-order mark. Throws SOURCE_BINARY for NUL bytes, invalid UTF-8 or many control characters.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) {
    const text = decodeStrict(bytes, utf16);
    if (text === undefined) throw binaryError(origin, `it starts like ${utf16} text but is not valid ${utf16}`);
    assertTextLike(text, origin);
    return text;
  }
  if (bytes.includes(0)) throw binaryError(origin, 'it contains NUL bytes');
  const text = decodeStrict(bytes, 'utf-8');
  if (text === undefined) {
    throw binaryError(
      origin,
      'it is not valid UTF-8 (if it is text in another encoding, such as Windows-1252, save it as UTF-8)',
    );
  }
  assertTextLike(text, origin);
  return text;
}

/** Throws SOURCE_BINARY for a string that holds NUL characters or many other control characters. */
export function assertTextLike(text: string, origin: string): void {
  let controls = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) throw binaryError(origin, 'it contains NUL characters');
    if (isControlCharacter(code)) controls += 1;
  }
  if (controls > 0 && controls / text.length > CONTROL_CHARACTER_LIMIT) {
    const share = ((controls / text.length) * 100).toFixed(0);
    throw binaryError(origin, `${share}% of its characters are control characters`);
  }
}

/** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
