'use strict';

// http-deceiver 1.2.7 reads process.binding('http_parser') as soon as it is loaded. Node.js 24 removed that binding,
// so `require('restify')` fails there (restify 11.1.0 → spdy → http-deceiver, node-restify#1984). http-deceiver is
// only used to serve SPDY (`restify.createServer({ spdy })`), which this bot never does. This stand-in, wired in
// through "overrides" in package.json, loads on every Node.js version and refuses if SPDY is ever asked for.

function Deceiver() {
  throw new Error('SPDY is not supported by this server (http-deceiver is replaced for Node.js 24, see vendor/http-deceiver)');
}

Deceiver.create = function create() {
  return new Deceiver();
};

module.exports = Deceiver;
