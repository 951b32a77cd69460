// The floor for the web host's cold start: Node's own HTTP server, started the same way
// (`node file`), printing its URL and answering one JSON call. Nothing else.
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = JSON.stringify({ ok: true, value: { name: 'bare' } });
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`Bare server at http://127.0.0.1:${server.address().port}/?token=bare\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
