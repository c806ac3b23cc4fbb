// Monaco (GraphiQL's editor) runs its language services in web workers. GraphiQL's own
// set-ups load them from a CDN or expect a Vite/webpack build; here they are bundled beside this
// script (bundle-ui.ts builds `workers/*.js`), so the IDE works without internet access.
// Imported first by graphiql-app.ts: Monaco reads MonacoEnvironment when it makes an editor.

const workerUrl = (name: string): URL => new URL(`./workers/${name}.worker.js`, import.meta.url);

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'graphql':
        return new Worker(workerUrl('graphql'));
      case 'json':
        return new Worker(workerUrl('json'));
      default:
        return new Worker(workerUrl('editor'));
    }
  },
};
