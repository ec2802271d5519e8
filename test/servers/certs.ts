import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A key pair in PEM. */
export interface Pem { key: string; cert: string }

/** A private CA and leaves for every certificate case the probes judge. */
export interface Pki {
  dir: string;
  ca: string;
  valid: Pem;
  expiring: Pem;
  expired: Pem;
  notYetValid: Pem;
  wrongHost: Pem;
  selfSigned: Pem;
}

const SAN = 'DNS:localhost,IP:127.0.0.1,IP:::1';
const stamp = (d: Date) => d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
const DAY = 86_400_000;

function openssl(args: string[], cwd: string, env: Record<string, string> = {}): void {
  execFileSync('openssl', args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000 });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/**
 * A key (`key`: `openssl req` key options, P-256 by default) and a certificate for it signed with `openssl ca` in `dir`
 * by `issuer` (`issuer.pem`/`issuer.key`), with the extensions `ext` of ca.cnf, valid from a day ago for a year.
 */
function issue(dir: string, name: string, opts: { issuer?: string; ext?: string; key?: string[]; md?: string; cn?: string } = {}): Pem {
  const { issuer = 'ca', ext = 'v3_leaf', key = EC_KEY, cn = 'localhost' } = opts;
  const now = Date.now();
  openssl(['req', ...key, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`], dir);
  openssl(['ca', '-batch', '-config', 'ca.cnf', '-cert', `${issuer}.pem`, '-keyfile', `${issuer}.key`, '-in', `${name}.csr`, '-out', `${name}.pem`,
    ...(opts.md ? ['-md', opts.md] : []), '-startdate', stamp(new Date(now - DAY)), '-enddate', stamp(new Date(now + 365 * DAY)), '-extensions', ext, '-notext'], dir, { SAN });
  return { key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'), cert: fs.readFileSync(path.join(dir, `${name}.pem`), 'utf8') };
}

/**
 * Makes a throwaway CA with `openssl ca` (Debian's OpenSSL 3.0 cannot back-date with `x509 -req`,
 * `ca -startdate/-enddate` can) and signs leaves that are valid, expiring in 10 days, expired,
 * not yet valid and for the wrong host, plus a self-signed one. EC keys keep it fast.
 */
export function makePki(): Pki {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-pki-'));
  fs.mkdirSync(path.join(dir, 'newcerts'));
  fs.writeFileSync(path.join(dir, 'index.txt'), '');
  fs.writeFileSync(path.join(dir, 'serial'), '1000\n');
  fs.writeFileSync(path.join(dir, 'ca.cnf'), `
[ ca ]
default_ca = CA_default
[ CA_default ]
dir = ${dir}
database = $dir/index.txt
new_certs_dir = $dir/newcerts
serial = $dir/serial
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
[ policy_any ]
commonName = supplied
[ v3_leaf ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
`);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-subj', '/CN=Preflight Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  const now = Date.now();
  const leaf = (name: string, from: number, to: number, san = SAN, cn = 'localhost'): Pem => {
    openssl(['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`], dir);
    openssl(['ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', `${name}.csr`, '-out', `${name}.pem`,
      '-startdate', stamp(new Date(from)), '-enddate', stamp(new Date(to)), '-extensions', 'v3_leaf', '-notext'], dir, { SAN: san });
    return { key: fs.readFileSync(path.join(dir, `${name}.key`), 'utf8'), cert: fs.readFileSync(path.join(dir, `${name}.pem`), 'utf8') };
  };
  openssl(['req', '-x509', ...ec, '-keyout', 'self.key', '-out', 'self.pem', '-days', '365', '-subj', '/CN=localhost',
    '-addext', `subjectAltName=${SAN}`], dir);
  return {
    dir,
    ca: fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
    valid: leaf('valid', now - DAY, now + 365 * DAY),
    expiring: leaf('expiring', now - 300 * DAY, now + 10 * DAY),
    expired: leaf('expired', now - 400 * DAY, now - 10 * DAY),
    notYetValid: leaf('future', now + 10 * DAY, now + 400 * DAY),
    wrongHost: leaf('wronghost', now - DAY, now + 365 * DAY, 'DNS:other.example', 'other.example'),
    selfSigned: { key: fs.readFileSync(path.join(dir, 'self.key'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'self.pem'), 'utf8') },
  };
}

/** A leaf issued by an intermediate CA of `pki`'s CA: served alone, clients cannot build the chain. */
export interface ChainedLeaf extends Pem { intermediate: string }

/**
 * Signs an intermediate CA with `pki`'s CA, and a leaf for 127.0.0.1/localhost with that
 * intermediate (both with `openssl ca`, in `pki.dir`).
 */
export function makeIntermediateLeaf(pki: Pki, opts: { expiredIntermediate?: boolean; aia?: boolean } = {}): ChainedLeaf {
  const dir = pki.dir;
  const [int, leafName] = opts.expiredIntermediate ? ['int-expired', 'chained-expired-int'] : opts.aia ? ['int-aia', 'chained-aia'] : ['int', 'chained'];
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  if (!fs.readFileSync(path.join(dir, 'ca.cnf'), 'utf8').includes('[ v3_int ]')) fs.appendFileSync(path.join(dir, 'ca.cnf'), `
[ v3_int ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
`);
  // `aia`: the leaf names where its issuer's certificate is published (Authority Information Access), as publicly issued ones do.
  if (opts.aia && !fs.readFileSync(path.join(dir, 'ca.cnf'), 'utf8').includes('[ v3_leaf_aia ]')) fs.appendFileSync(path.join(dir, 'ca.cnf'), `
[ v3_leaf_aia ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
authorityInfoAccess = caIssuers;URI:http://ca.example/int.crt
`);
  const now = Date.now();
  const sign = (name: string, ca: string, ext: string, from = now - DAY, to = now + 365 * DAY) => openssl(['ca', '-batch', '-config', 'ca.cnf', '-cert', `${ca}.pem`, '-keyfile', `${ca}.key`, '-in', `${name}.csr`,
    '-out', `${name}.pem`, '-startdate', stamp(new Date(from)), '-enddate', stamp(new Date(to)), '-extensions', ext, '-notext'], dir, { SAN });
  openssl(['req', ...ec, '-keyout', `${int}.key`, '-out', `${int}.csr`, '-subj', `/CN=Preflight Test ${opts.expiredIntermediate ? 'Expired ' : ''}Intermediate`], dir);
  if (opts.expiredIntermediate) sign(int, 'ca', 'v3_int', now - 1000 * DAY, now - 10 * DAY);
  else sign(int, 'ca', 'v3_int');
  openssl(['req', ...ec, '-keyout', `${leafName}.key`, '-out', `${leafName}.csr`, '-subj', '/CN=localhost'], dir);
  sign(leafName, int, opts.aia ? 'v3_leaf_aia' : 'v3_leaf');
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return { key: read(`${leafName}.key`), cert: read(`${leafName}.pem`), intermediate: read(`${int}.pem`) };
}

/** Leaves clients refuse as too weak, both signed by `pki`'s CA: an RSA-1024 key, a SHA-1 signature. */
export interface WeakLeaves { rsa1024: Pem; sha1: Pem }

/**
 * Signs, with `openssl ca` in `pki.dir`, a leaf with a 1024-bit RSA key and one signed with SHA-1
 * (valid dates, right host), by the CA or (`byIntermediate`, after makeIntermediateLeaf) its intermediate.
 * A server needs `ciphers: 'DEFAULT@SECLEVEL=0'` to load them.
 */
export function makeWeakLeaves(pki: Pki, opts: { byIntermediate?: boolean } = {}): WeakLeaves {
  // Issued by the intermediate of makeIntermediateLeaf (call it first): the server sends leaf + intermediate.
  const [issuer, prefix] = opts.byIntermediate ? ['int', 'int-'] : ['ca', ''];
  return {
    rsa1024: issue(pki.dir, `${prefix}rsa1024`, { issuer, key: ['-newkey', 'rsa:1024', '-nodes'], md: 'sha256' }),
    sha1: issue(pki.dir, `${prefix}sha1`, { issuer, md: 'sha1' }),
  };
}

/** Leaves of `pki`'s CA that Node accepts but browsers refuse: no subjectAltName (CN=localhost only), and an EKU of clientAuth only. */
export interface OddLeaves { cnOnly: Pem; clientAuthOnly: Pem }

/** Signs, with `openssl ca` in `pki.dir`, a CN-only leaf (no subjectAltName) and a clientAuth-only one (valid dates, right host). */
export function makeOddLeaves(pki: Pki): OddLeaves {
  const dir = pki.dir;
  if (!fs.readFileSync(path.join(dir, 'ca.cnf'), 'utf8').includes('[ v3_nosan ]')) fs.appendFileSync(path.join(dir, 'ca.cnf'), `
[ v3_nosan ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
[ v3_clientauth ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = clientAuth
subjectAltName = $ENV::SAN
`);
  return { cnOnly: issue(dir, 'cnonly', { ext: 'v3_nosan' }), clientAuthOnly: issue(dir, 'clientauth', { ext: 'v3_clientauth' }) };
}

/** Leaves of `pki`'s CA that Node accepts but browsers refuse: EdDSA keys (Ed25519, Ed448); and a P-256 leaf of the same name. */
export interface EdLeaves { ed25519: Pem; ed448: Pem; ec: Pem }

/** Signs, with `openssl ca` in `pki.dir` (the CA's EC key, SHA-256), an Ed25519, an Ed448 and an ECDSA P-256 leaf for localhost. */
export function makeEdLeaves(pki: Pki): EdLeaves {
  return {
    ed25519: issue(pki.dir, 'ed25519', { key: ['-newkey', 'ed25519', '-nodes'] }),
    ed448: issue(pki.dir, 'ed448', { key: ['-newkey', 'ed448', '-nodes'] }),
    ec: issue(pki.dir, 'ec-twin'),
  };
}

/** Leaves whose intermediate (signed by `pki`'s CA) cannot issue server certificates; each `cert` is leaf + intermediate. */
export interface BadIssuerLeaves { intClientAuth: Pem; intNotCa: Pem }

/**
 * Signs two intermediates with `pki`'s CA, one a CA whose extended key usage is clientAuth only, one not a CA at all
 * (basicConstraints CA:FALSE), and with each a serverAuth leaf for localhost (`openssl ca`, in `pki.dir`).
 */
export function makeBadIssuerLeaves(pki: Pki): BadIssuerLeaves {
  const dir = pki.dir;
  if (!fs.readFileSync(path.join(dir, 'ca.cnf'), 'utf8').includes('[ v3_int_clientauth ]')) fs.appendFileSync(path.join(dir, 'ca.cnf'), `
[ v3_int_clientauth ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
extendedKeyUsage = clientAuth
[ v3_int_notca ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyCertSign
`);
  const make = (int: string, cn: string, ext: string): Pem => {
    const intermediate = issue(dir, int, { ext, cn });
    const leaf = issue(dir, `${int}-leaf`, { issuer: int });
    return { key: leaf.key, cert: leaf.cert + intermediate.cert };
  };
  return {
    intClientAuth: make('int-clientauth', 'Preflight Client-only Intermediate', 'v3_int_clientauth'),
    intNotCa: make('int-notca', 'Preflight Not-a-CA Intermediate', 'v3_int_notca'),
  };
}
