/**
 * Lets restify 11.1.0 load on every supported Node.js version. Import it before restify.
 * @remarks restify loads spdy, and spdy loads http-deceiver, which reads `process.binding('http_parser')` as soon as
 * it is loaded: deprecated since Node 12 (warning DEP0111) and removed in Node 24, where `require('restify')` then
 * fails (node-restify#1984, open). http-deceiver is only used to serve SPDY, which this bot never does. So that one
 * binding is answered with an empty parser description: no warning, no crash, and SPDY would fail if asked for.
 */
type Binding = (name: string) => unknown;

/** What http-deceiver reads from the binding: the parser's methods and callback slots. */
const UNUSED_HTTP_PARSER = Object.freeze({
  HTTPParser: Object.freeze({ methods: [], kOnHeaders: 0, kOnHeadersComplete: 1, kOnBody: 2, kOnMessageComplete: 3 }),
  methods: [],
});

const proc = process as unknown as { binding: Binding };
const original = proc.binding;
proc.binding = function binding(name: string): unknown {
  return name === 'http_parser' ? UNUSED_HTTP_PARSER : original.call(process, name);
};
