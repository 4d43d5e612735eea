/**
 * Service URL spellings, each decided by the rule: http(s), no userinfo, and a WHATWG-parsed hostname of exactly
 * `localhost`, `127.0.0.1` or `[::1]`. Numeric IPv4 spellings parse to 127.0.0.1 (the same address, accepted);
 * every other host, including other 127/8 addresses, IPv4-mapped IPv6 and `localhost.`, is refused.
 */
export const SERVICE_URL_SPELLINGS: Array<[string, boolean]> = [
  ['http://localhost:3979', true],
  ['https://localhost', true],
  ['http://127.0.0.1:8080/admin/', true],
  ['http://[::1]:9/', true],
  ['http://[0:0:0:0:0:0:0:1]/', true],
  ['http://LOCALHOST', true],
  ['http://%6c%6fcalhost', true],
  ['http://ⓛocalhost', true],
  ['http://0x7f000001/', true],
  ['http://2130706433', true],
  ['http://127.1', true],
  ['http://0x7f.1', true],
  ['http://0177.0.0.1', true],
  ['http://127.000.000.001', true],
  ['http://127.0.0.1.', true],
  ['http:127.0.0.1', true],
  ['http://127.0.0.1\\@evil.example', true],
  ['http://localhost:3978#@evil.example', true],
  ['http://localhost.', false],
  ['http://localhost%2e', false],
  ['http://localhost.localdomain', false],
  ['http://localtest.me', false],
  ['http://127.0.0.2', false],
  ['http://127.255.255.254:8080', false],
  ['http://[::ffff:127.0.0.1]', false],
  ['http://[::ffff:7f00:1]', false],
  ['http://0', false],
  ['http://0.0.0.0:8080', false],
  ['http://[::]', false],
  ['http://evil@127.0.0.1', false],
  ['http://user:pass@localhost:3979', false],
  ['http://:@localhost', true],
  ['http://127.0.0.1@evil.example', false],
  ['http://localhost@evil.example', false],
  ['https://evil.example/', false],
  ['https://127.0.0.1.nip.io', false],
  ['http://169.254.169.254/latest/meta-data/', false],
  ['http://10.0.0.1', false],
  ['ftp://127.0.0.1', false],
  ['file:///etc/passwd', false],
  ['ws://localhost', false],
  ['gopher://127.0.0.1:6379/_INFO', false],
  ['javascript:alert(1)', false],
  ['//localhost', false],
  ['localhost', false],
  ['127.0.0.1:3978', false],
  ['http://127.0.0.1%09', false],
  ['http://[::1%25eth0]', false],
  ['', false],
];

/**
 * Spellings of a loopback listener at `port` that the SSRF review used (decided by the same rule as above).
 * `[::1]` is only in the table above: botbuilder's connector client does not deliver to `http://[::1]:port`
 * (measured: the turn waits about 10 s and nothing arrives), so it cannot serve as a positive control here.
 */
export const loopbackSpellings = (port: number): Array<[string, boolean]> => [
  [`http://127.0.0.1:${port}/admin/`, true],
  [`http://0x7f000001:${port}/`, true],
  [`http://2130706433:${port}/`, true],
  [`http://127.1:${port}/`, true],
  [`http://LOCALHOST:${port}/`, true],
  [`http://127.0.0.1.:${port}/`, true],
  [`http://127.000.000.001:${port}/`, true],
  [`http://[::ffff:127.0.0.1]:${port}/`, false],
  [`http://localhost.:${port}/`, false],
  [`http://evil@127.0.0.1:${port}/`, false],
  [`http://127.0.0.2:${port}/`, false],
];
