export default async function globalTeardown(): Promise<void> {
  await globalThis.testNeo4j?.stop();
}
