/**
 * The baseline: a bare Socket.io server that, on a controller's command, broadcasts the payload it
 * is given to every other socket — nothing else (no database, no rooms per role, no validation). A
 * second command sends what a stage change that changes the tables' views sends: a state to every
 * socket, then a message of its own to each group of sockets (a table), all at once.
 * Env: BENCH_PORT. Prints `READY <url>` when it listens.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { cpuMark, cpuSince, ownCpuMsSince } from './proc-stats';

const port = Number(process.env.BENCH_PORT);
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 1e7 });
let sendsStarted = cpuMark();
/** The event loop's thread's CPU for the last `state-and-views`, until its last message was handed to the kernel (ms). */
let sendsThreadMs: number | null = null;

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
  // `state` to everyone, then to each of `groups` groups of sockets (in the order they connected) `view` followed by the group's number.
  socket.on('state-and-views', ({ state, view, groups }: { state: string; view: string; groups: number }, ack: unknown) => {
    sendsStarted = cpuMark();
    io.to('phones').emit('broadcast', state);
    const ids = [...(io.of('/').adapter.rooms.get('phones') ?? [])];
    const size = Math.ceil(ids.length / groups);
    for (let g = 0; g * size < ids.length; g++) io.to(ids.slice(g * size, (g + 1) * size)).emit('view', `${view}${g}`);
    sendsThreadMs = cpuSince(sendsStarted).threadMs;
    if (typeof ack === 'function') ack();
  });
  // The process's CPU (ms) used since the last `state-and-views` began: asked once every phone has its
  // message, it counts the writes the kernel took later too. And its event loop's thread's, until its sends were done.
  socket.on('sends-cpu', (ack: unknown) => {
    if (typeof ack === 'function') ack({ processMs: ownCpuMsSince(sendsStarted.process), threadMs: sendsThreadMs });
  });
});

httpServer.listen(port, '127.0.0.1', () => process.stdout.write(`READY http://127.0.0.1:${port}\n`));
