/**
 * The replica server: one TCP port that speaks HTTPS (certificate for every platform host, signed by a
 * test CA generated once with openssl), plain HTTP, and HTTP proxying (CONNECT and absolute-form
 * requests, used by Firefox). It picks the replica page by Host header and records every request.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPLICA_HOSTS, type ReplicaName, replicaForHost } from './hosts.ts';
import { CACHE_DIR, REPLICAS_DIST } from './paths.ts';

export interface Certificates {
  dir: string;
  /** PEM of the test CA (import it where a browser needs to trust the replicas without flags). */
  caCertPath: string;
  certPath: string;
  keyPath: string;
  key: string;
  cert: string;
}

/** One request the server saw. Requests for hosts we do not serve are recorded too (and answered 404). */
export interface RequestRecord {
  time: number;
  /** `https`, `http`, or `connect` (a proxy tunnel was opened to host:port; the requests inside follow). */
  scheme: 'https' | 'http' | 'connect';
  method: string;
  /** Host name without port, lower case. */
  host: string;
  port: number;
  path: string;
  /** The replica that served it, or null when the host is not a replica host. */
  replica: ReplicaName | null;
  /** The browser's own background traffic (update checks, safe browsing, settings sync), not the page's. */
  browserService: boolean;
  status: number;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  secFetchMode?: string;
  secFetchDest?: string;
  userAgent?: string;
}

export interface ReplicaServer {
  port: number;
  certificates: Certificates;
  /** Every request so far (this process only; other processes read `logFile`). */
  requests(): RequestRecord[];
  /** JSON lines, one RequestRecord per line, appended as requests arrive. */
  logFile: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** 0 (default) picks a free port; browsers are pointed at it by the launchers. */
  port?: number;
  host?: string;
  distDir?: string;
  logFile?: string;
}

/** Hosts the browsers themselves call (updates, remote settings, dictionaries); not page or extension traffic. */
export const BROWSER_SERVICE_HOSTS =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

const EXTRA_NAMES = ['localhost', '*.example.org'];

/** Generates (once; cached in tests/.cache/certs-<hash>/) a test CA and a server certificate for all hosts. */
export function ensureCertificates(): Certificates {
  const names = [...Object.keys(REPLICA_HOSTS), ...EXTRA_NAMES].sort();
  const hash = createHash('sha256').update(names.join(',')).digest('hex').slice(0, 12);
  const dir = path.join(CACHE_DIR, `certs-${hash}`);
  const files = {
    caCertPath: path.join(dir, 'ca.pem'),
    certPath: path.join(dir, 'server.pem'),
    keyPath: path.join(dir, 'server.key'),
  };
  if (!fs.existsSync(files.keyPath)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(CACHE_DIR, 'certs-tmp-'));
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: tmp, stdio: 'pipe' });
    run(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '3650',
      '-subj',
      '/CN=Second Look Test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'server.key',
      '-out',
      'server.csr',
      '-subj',
      '/CN=replicas',
    );
    const san = [...names.map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
    fs.writeFileSync(
      path.join(tmp, 'ext.cnf'),
      `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n`,
    );
    run(
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-set_serial',
      `0x${hash}`,
      '-out',
      'server.pem',
      '-days',
      '800',
      '-sha256',
      '-extfile',
      'ext.cnf',
    );
    try {
      fs.renameSync(tmp, dir);
    } catch {
      // Another process won the race: use its certificates.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return {
    dir,
    ...files,
    key: fs.readFileSync(files.keyPath, 'utf8'),
    cert: fs.readFileSync(files.certPath, 'utf8'),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function splitHost(hostPort: string, defaultPort: number): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(hostPort.trim().toLowerCase());
  return { host: (m?.[1] ?? hostPort).replace(/\.$/, ''), port: m?.[2] ? Number(m[2]) : defaultPort };
}

export async function startReplicaServer(options: ServerOptions = {}): Promise<ReplicaServer> {
  const certificates = ensureCertificates();
  const distDir = options.distDir ?? REPLICAS_DIST;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const logFile = options.logFile ?? path.join(CACHE_DIR, `requests-${process.pid}-${Date.now()}.jsonl`);
  fs.writeFileSync(logFile, '');
  const records: RequestRecord[] = [];
  const record = (r: RequestRecord) => {
    records.push(r);
    fs.appendFileSync(logFile, `${JSON.stringify(r)}\n`);
  };

  const handle = (scheme: 'https' | 'http') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    let url: URL;
    let via = 'direct';
    try {
      if (/^https?:\/\//i.test(req.url ?? '')) {
        url = new URL(req.url ?? '/');
        via = 'proxy';
      } else {
        url = new URL(req.url ?? '/', `${scheme}://${header(req, 'host') ?? 'unknown.invalid'}`);
      }
    } catch {
      url = new URL('http://unknown.invalid/');
    }
    const { host, port } = splitHost(url.host, url.protocol === 'https:' ? 443 : 80);
    const replica = replicaForHost(host) ?? null;
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      record({
        time: Date.now(),
        scheme: via === 'proxy' ? (url.protocol === 'https:' ? 'https' : 'http') : scheme,
        method: req.method ?? 'GET',
        host,
        port,
        path: url.pathname + url.search,
        replica,
        browserService: BROWSER_SERVICE_HOSTS.test(host),
        status,
        origin: header(req, 'origin'),
        referer: header(req, 'referer'),
        secFetchSite: header(req, 'sec-fetch-site'),
        secFetchMode: header(req, 'sec-fetch-mode'),
        secFetchDest: header(req, 'sec-fetch-dest'),
        userAgent: header(req, 'user-agent'),
      });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!replica) return send(404, `no replica for host ${host}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'replicas are static\n');
    if (url.pathname === '/favicon.ico') return send(204, '');
    const base = path.join(distDir, replica);
    let file = path.join(base, 'index.html');
    if (url.pathname.startsWith('/__replica/')) {
      file = path.normalize(path.join(base, url.pathname.slice('/__replica/'.length)));
      if (!file.startsWith(base + path.sep)) return send(403, 'forbidden\n');
    }
    fs.readFile(file, (err, data) => {
      if (err) return send(404, `not found: ${url.pathname}\n`);
      send(200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  };

  const httpsServer = https.createServer({ key: certificates.key, cert: certificates.cert }, handle('https'));
  const httpServer = http.createServer(handle('http'));
  // A proxy tunnel (Firefox): acknowledge, then speak TLS on the same socket as if it were a direct connection.
  httpServer.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const { host, port } = splitHost(req.url ?? '', 443);
    record({
      time: Date.now(),
      scheme: 'connect',
      method: 'CONNECT',
      host,
      port,
      path: '',
      replica: replicaForHost(host) ?? null,
      browserService: BROWSER_SERVICE_HOSTS.test(host),
      status: 200,
      userAgent: header(req, 'user-agent'),
    });
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    httpsServer.emit('connection', socket);
  });
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      // 0x16: a TLS handshake record. Anything else is plain HTTP (or a proxy request).
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  for (const s of [httpsServer, httpServer]) s.on('clientError', (_e, socket) => socket.destroy());
  // WebSocket upgrades are requests too: record them, then refuse.
  for (const [s, scheme] of [
    [httpsServer, 'https'],
    [httpServer, 'http'],
  ] as const) {
    s.on('upgrade', (req: http.IncomingMessage, socket: net.Socket) => {
      const { host, port } = splitHost(
        header(req, 'host') ?? 'unknown.invalid',
        scheme === 'https' ? 443 : 80,
      );
      record({
        time: Date.now(),
        scheme,
        method: `${req.method ?? 'GET'} (upgrade: ${header(req, 'upgrade') ?? '?'})`,
        host,
        port,
        path: req.url ?? '/',
        replica: replicaForHost(host) ?? null,
        browserService: BROWSER_SERVICE_HOSTS.test(host),
        status: 400,
        origin: header(req, 'origin'),
        userAgent: header(req, 'user-agent'),
      });
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    certificates,
    logFile,
    requests: () => [...records],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Reads the request log a (possibly other-process) server writes. */
export function readRequestLog(logFile: string): RequestRecord[] {
  if (!fs.existsSync(logFile)) return [];
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RequestRecord);
}

export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
