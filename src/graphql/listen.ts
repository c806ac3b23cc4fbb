import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../errors';

/** Listens on host:port; a port already taken is the user's to fix, and says how. */
export async function listen(httpServer: http.Server, host: string, port: number): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError(
              'PORT_IN_USE',
              `Port ${port} on ${host}, wanted for the GraphQL API, is already taken. ` +
                'Stop what uses it (perhaps another `npm start`), or choose another port with PORT.',
              { cause: error },
            )
          : error,
      );
    });
    httpServer.listen(port, host, resolve);
  });
  return httpServer.address() as AddressInfo;
}
