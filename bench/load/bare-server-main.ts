/**
 * The baseline: a bare Socket.io server that, on a controller's command, broadcasts the payload it
 * is given to every other socket — nothing else (no database, no rooms per role, no validation).
 * Env: BENCH_PORT. Prints `READY <url>` when it listens.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.BENCH_PORT);
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 1e7 });

io.on('connection', (socket) => {
  const auth: unknown = socket.handshake.auth;
  const isController = typeof auth === 'object' && auth !== null && 'role' in auth && auth.role === 'controller';
  if (!isController) {
    void socket.join('phones');
    return;
  }
  socket.on('broadcast', (payload: unknown, ack: unknown) => {
    io.to('phones').emit('broadcast', payload);
    if (typeof ack === 'function') ack();
  });
});

httpServer.listen(port, '127.0.0.1', () => process.stdout.write(`READY http://127.0.0.1:${port}\n`));
