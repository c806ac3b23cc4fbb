import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

describe('the logger', () => {
  it('writes readable lines for a person at a terminal', () => {
    const output = capture();
    createLogger('info', { terminal: true, destination: output.stream }).info('Using Neo4j at bolt://x');
    expect(output.text()).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Using Neo4j at bolt:\/\/x\n$/);
  });

  it('writes JSON lines otherwise', () => {
    const output = capture();
    createLogger('info', { terminal: false, destination: output.stream }).info('Using Neo4j at bolt://x');
    expect(JSON.parse(output.text())).toMatchObject({ level: 30, msg: 'Using Neo4j at bolt://x' });
  });
});
