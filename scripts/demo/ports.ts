// Fixed ports asked for on the command line: refuse early, with a message, when another program holds one.
import net from 'node:net';

/** Resolves when `port` on 127.0.0.1 can be listened on (0 always can); rejects with an explanation otherwise. */
export async function ensurePortFree(port: number, option: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(portProblem(port, option, error)));
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve()));
  });
}

export function portProblem(port: number, option: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} on 127.0.0.1 is already in use (another \`npm start\`?). Choose another with ${option}, or leave ${option} out to get a free port.`;
  }
  if (error.code === 'EACCES') {
    return `Port ${port} needs privileges this user does not have. Choose a port above 1023 with ${option}, or leave ${option} out.`;
  }
  return `Port ${port} on 127.0.0.1 cannot be used (${error.code ?? error.message}). Choose another with ${option}.`;
}
