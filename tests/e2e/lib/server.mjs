// SPDX-License-Identifier: MIT
// Tiny static server on 127.0.0.1 for the test LMS and one unpacked package (same origin, as SCORM needs).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const e2eDir = path.resolve(here, '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.mp4': 'video/mp4',
  '.webm': 'video/webm', '.vtt': 'text/vtt; charset=utf-8', '.xml': 'application/xml', '.woff2': 'font/woff2'
};

function resolveUnder(root, rel) {
  const p = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  return p === root || p.startsWith(root + path.sep) ? p : null;
}

/**
 * Serves /lms/ (host pages + scorm-again), /preview/ (resources/preview: the preview shell and its
 * LMS simulator) and /pkg/ (packageDir). handle(req, res, url), if given, answers first when it
 * returns true (a test LMS's server side). Returns { url, close() }.
 */
export async function startServer(packageDir, { handle } = {}) {
  const roots = {
    '/lms/scorm-again/': path.join(e2eDir, 'node_modules', 'scorm-again', 'dist'),
    '/lms/': path.join(e2eDir, 'lms'),
    '/preview/': path.resolve(e2eDir, '..', '..', 'resources', 'preview'),
    '/pkg/': path.resolve(packageDir)
  };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (handle && await handle(req, res, url)) return;
    let file = null;
    for (const prefix of Object.keys(roots)) {
      if (url.pathname.startsWith(prefix)) {
        file = resolveUnder(roots[prefix], decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
        break;
      }
    }
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const size = fs.statSync(file).size;
    const headers = { 'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream', 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || '');
    if (range) {
      const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end || start >= size) {
        res.writeHead(416, { 'content-range': `bytes */${size}` });
        res.end();
        return;
      }
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      fs.createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); })
  };
}

/**
 * The editor's preview site, for the preview shell's tests: /preview/ (resources/preview),
 * /preview/revision (a counter), /player/ (packageDir, a player package) with
 * /player/content/course.json served from setCourse(). Returns
 * { url, close(), setCourse(course) (bumps the revision), revision() }.
 */
export async function startPreviewServer(packageDir, course) {
  const previewRoot = path.resolve(e2eDir, '..', '..', 'resources', 'preview');
  const playerRoot = path.resolve(packageDir);
  let current = course;
  let revision = 1;
  let full = 1;      // the revision of the last setCourse (PreviewSite::changesSince)
  let updates = [];  // { revision, slide } since then
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/preview/revision') return send(200, 'text/plain; charset=utf-8', String(revision));
    const changes = /^\/preview\/changes\/(\d+)$/.exec(url.pathname);
    if (changes) {
      const since = Number(changes[1]);
      const body = since < full || since > revision ? { revision, full: true }
        : { revision, slides: updates.filter((u) => u.revision > since).map((u) => u.slide) };
      return send(200, 'application/json', JSON.stringify(body));
    }
    if (url.pathname === '/player/content/course.json') return send(200, 'application/json', JSON.stringify(current));
    if (url.pathname === '/player/content/course.js') return send(200, TYPES['.js'], `window.CAPSULE_COURSE = ${JSON.stringify(current)};\n`);
    let file = null;
    if (url.pathname.startsWith('/preview/')) file = resolveUnder(previewRoot, decodeURIComponent(url.pathname.slice(9)) || 'index.html');
    else if (url.pathname.startsWith('/player/')) file = resolveUnder(playerRoot, decodeURIComponent(url.pathname.slice(8)) || 'index.html');
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return send(404, 'text/plain', 'not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    setCourse: (c) => { current = c; revision++; full = revision; updates = []; },
    // One slide's new data, as the editor's PreviewSite::updateSlide sends it after an edit.
    updateSlide: (slide) => {
      current = JSON.parse(JSON.stringify(current));
      current.sections.forEach((sec) => { sec.slides = sec.slides.map((x) => (x.id === slide.id ? slide : x)); });
      revision++;
      updates = updates.filter((u) => u.slide.id !== slide.id).concat([{ revision, slide }]);
    },
    revision: () => revision,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); })
  };
}
